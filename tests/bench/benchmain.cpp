// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "benchrunner.h"
#include "childmodes.h"
#include "watchdog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

// inspector-bench: measures load time, memory, start-up and UI stalls of Campaign Inspector on
// a generated 20 MB campaign. Run it from a Release build; it needs no display and no network
// beyond 127.0.0.1. The last line it prints is a JSON object with the key figures.
namespace {

constexpr int wholeRunLimitSeconds = 900;

BenchRunner::Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Campaign Inspector on a generated campaign of about 20 MB."));
    parser.addHelpOption();
    const QCommandLineOption lists(QStringLiteral("contact-lists"),
                                   QStringLiteral("Contact-list names in the campaign."),
                                   QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption loadRuns(QStringLiteral("load-runs"),
                                      QStringLiteral("Runs of the parse and load timings."),
                                      QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption startupRuns(QStringLiteral("startup-runs"),
                                         QStringLiteral("Child processes per start-up figure."),
                                         QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption keep(QStringLiteral("keep-campaign"),
                                  QStringLiteral("Also write the generated campaign to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run one group: load, memory, startup or stall."),
                                  QStringLiteral("GROUP"));
    parser.addOptions({lists, loadRuns, startupRuns, keep, only});
    parser.process(app);

    BenchRunner::Options options;
    options.contactLists = std::max(1, parser.value(lists).toInt());
    options.loadRuns = std::max(1, parser.value(loadRuns).toInt());
    options.startupRuns = std::max(1, parser.value(startupRuns).toInt());
    options.keepFile = parser.value(keep);
    options.only = parser.value(only);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    if (ChildModes::isChild(argc, argv))
        return ChildModes::run(argc, argv);

    // The children run offscreen; the in-process figures must be taken the same way.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const BenchRunner::Options options = parseOptions(app);
    const Watchdog watchdog(wholeRunLimitSeconds, "the benchmark");

    QTextStream progress(stderr);
    BenchRunner runner(options);
    const BenchResults results = runner.run(progress);

    QTextStream out(stdout);
    results.printTable(out);
    out << results.jsonLine() << Qt::endl;
    return results.problems.isEmpty() ? 0 : 1;
}
