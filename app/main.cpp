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

// The sub-commands need no display, so they run on a QCoreApplication.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campaign-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.at(1) == QLatin1String("fetch"))
        return FetchCommand::run(arguments);
    return ScheduleCommand::run(arguments);
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("campaign-inspector"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Campaign Inspector"));
    QApplication::setOrganizationName(QStringLiteral("campaign-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-inspector.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Inspect Kore.ai voice campaigns: settings, lists and calling hours.\n\n"
        "Sub-commands (see 'campaign-inspector fetch --help' and 'schedule --help'):\n"
        "  fetch     fetch a campaign without a window and save the response\n"
        "  schedule  print a campaign's calling hours for one week"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample campaign."));
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A campaign JSON file to open."),
                                 QStringLiteral("[FILE.json]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(sampleOption))
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
    return isCommand ? runCommand(argc, argv) : runWindow(argc, argv);
}
