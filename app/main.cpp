// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "fetchcommand.h"
#include "mainwindow.h"
#include "schedulecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstdlib>
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

// The position of the first argument that names none of knownNames, or 0.
int unknownOptionPosition(const QStringList &arguments, const QStringList &knownNames)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u'-') || argument == u"-" || argument == u"--")
            continue;
        QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        name.truncate(name.indexOf(u'='));
        if (!knownNames.contains(name))
            return i;
    }
    return 0;
}

// Qt's error for an unknown option repeats it letter by letter, so a token pasted by mistake
// would be printed; this names only the argument's position.
void parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    if (parser.parse(arguments))
        return;
    const QStringList knownNames = {QStringLiteral("h"),       QStringLiteral("help"),
                                    QStringLiteral("help-all"), QStringLiteral("v"),
                                    QStringLiteral("version"),  QStringLiteral("sample")};
    QString message = parser.errorText();
    if (!parser.unknownOptionNames().isEmpty()) {
        const int position = unknownOptionPosition(arguments, knownNames);
        message = position > 0
            ? QCoreApplication::translate("main", "unknown option at argument %1").arg(position)
            : QCoreApplication::translate("main", "unknown option");
    }
    std::fprintf(stderr, "campaign-inspector: %s (see --help)\n", qPrintable(message));
    std::exit(2);
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
    parseOrExit(parser, QCoreApplication::arguments());
    parser.process(app); // prints the help or version text and exits
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
    parseOrExit(parser, QCoreApplication::arguments());

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
