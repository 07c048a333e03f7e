// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "fetchcommand.h"
#include "mainwindow.h"
#include "schedulecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("campaign-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("campaign-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
}

QCommandLineOption sampleOption()
{
    return {QStringLiteral("sample"),
            QCoreApplication::translate("main", "Open the bundled sample campaign.")};
}

void describeWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Inspect Kore.ai voice campaigns: settings, lists and calling hours.\n\n"
        "Sub-commands (see 'campaign-inspector fetch --help' and 'schedule --help'):\n"
        "  fetch     fetch a campaign without a window and save the response\n"
        "  schedule  print a campaign's calling hours for one week"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(sampleOption());
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A campaign JSON file to open."),
        QStringLiteral("[FILE.json]"));
}

// The sub-commands need no display, so they run on a QCoreApplication.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.at(1) == u"fetch")
        return FetchCommand::run(arguments);
    return ScheduleCommand::run(arguments);
}

// --help and --version must work without a display, so they are answered before any window
// system is touched.
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int printText(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    describeWindowOptions(parser);
    parser.process(app); // prints and exits
    return 0;
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Campaign Inspector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-inspector.svg")));

    QCommandLineParser parser;
    describeWindowOptions(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(sampleOption().names().constFirst()))
        window.openSample();
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool isCommand = argc > 1
        && (std::strcmp(argv[1], "fetch") == 0 || std::strcmp(argv[1], "schedule") == 0);
    if (isCommand)
        return runCommand(argc, argv);
    return wantsOnlyText(argc, argv) ? printText(argc, argv) : runWindow(argc, argv);
}
