// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "fetchcommand.h"

#include "campaignexporter.h"
#include "campaignfetcher.h"
#include "requestbuilder.h"
#include "responseinterpreter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption host {QStringLiteral("host"),
                             FetchCommand::tr("Kore.ai host, e.g. platform.kore.ai."),
                             QStringLiteral("H")};
    QCommandLineOption stream {QStringLiteral("stream"), FetchCommand::tr("Stream (bot) id."),
                               QStringLiteral("S")};
    QCommandLineOption account {QStringLiteral("account"), FetchCommand::tr("Account id."),
                                QStringLiteral("A")};
    QCommandLineOption campaign {QStringLiteral("campaign"), FetchCommand::tr("Campaign id."),
                                 QStringLiteral("C")};
    QCommandLineOption appId {QStringLiteral("app-id"),
                              FetchCommand::tr("App id sent as iid (default: the stream id)."),
                              QStringLiteral("I")};
    QCommandLineOption timeout {QStringLiteral("timeout"),
                                FetchCommand::tr("Longest silence from the server, in "
                                                 "seconds, from 0.1 to 3600 (default 30)."),
                                QStringLiteral("SEC")};
    QCommandLineOption deadline {QStringLiteral("deadline"),
                                 FetchCommand::tr("Longest time the whole transfer may take, in "
                                                  "seconds, from 0.1 to 36000 (default ten "
                                                  "times --timeout)."),
                                 QStringLiteral("SEC")};
    QCommandLineOption output {QStringLiteral("output"),
                               FetchCommand::tr("File to write the response body to."),
                               QStringLiteral("FILE")};
    QCommandLineOption tokenFile {QStringLiteral("token-file"),
                                  FetchCommand::tr("File holding the JWT (default: the KORE_JWT "
                                                   "environment variable)."),
                                  QStringLiteral("PATH")};
};

// Each failure is one line, so scripts can show it as it is.
void printError(const QString &message)
{
    const QString line = QLatin1String("campaign-inspector fetch: ") + message.simplified();
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
}

// Arguments show up in process lists and shell history, so a token there is refused outright.
bool hasTokenArgument(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--token") || name == QLatin1String("-token"))
            return true;
    }
    return false;
}

// A JWT is three base64url parts, and its first part is a JSON object, so it starts "eyJ".
bool looksLikeJwt(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("(^|[^A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{7,}\\.[A-Za-z0-9_-]+\\."));
    return jwt.match(text).hasMatch();
}

// Where the first argument shaped like a token stands, counting "fetch" as 1; 0 if none does.
qsizetype tokenArgumentNumber(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (looksLikeJwt(arguments.at(i)))
            return i;
    }
    return 0;
}

QStringList valueOptionNames(const Options &options)
{
    QStringList names;
    for (const QCommandLineOption *option :
         {&options.host, &options.stream, &options.account, &options.campaign, &options.appId,
          &options.timeout, &options.deadline, &options.output, &options.tokenFile})
        names.append(option->names());
    return names;
}

// The parser gives the stray words but not where they stood. They are found again by skipping
// options and their values, so the message can point at one without repeating it.
qsizetype firstStrayArgumentNumber(const QStringList &arguments, const Options &options)
{
    const QStringList valueOptions = valueOptionNames(options);
    bool onlyWords = false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyWords || !argument.startsWith(u'-') || argument == u"-")
            return i;
        if (argument == u"--") {
            onlyWords = true;
            continue;
        }
        const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        if (valueOptions.contains(name))
            ++i; // its value is the next argument
    }
    return 0;
}

// The options addHelpOption() adds; none of them takes a value.
bool isHelpName(const QString &name)
{
    return name == u"h" || name == u"?" || name == u"help" || name == u"help-all";
}

// Why argument number `number` was refused, for an argument that starts with one dash: the
// parser reads it as single-letter options packed together, the last of which may take a value.
QString shortOptionsProblem(const QStringList &arguments, qsizetype *number,
                            const QStringList &valueNames)
{
    const QString &argument = arguments.at(*number);
    for (qsizetype pos = 1; pos < argument.size(); ++pos) {
        const QString name = argument.mid(pos, 1);
        if (valueNames.contains(name)) {
            if (pos + 1 == argument.size() && ++*number == arguments.size())
                return FetchCommand::tr("argument number %1 needs a value.").arg(*number - 1);
            return {};
        }
        if (!isHelpName(name))
            return FetchCommand::tr("unknown option at argument number %1.").arg(*number);
        if (pos + 1 < argument.size() && argument.at(pos + 1) == u'=')
            return FetchCommand::tr("argument number %1 takes no value.").arg(*number);
    }
    return {};
}

// Why argument number `number` was refused, for an argument that starts with two dashes.
QString longOptionProblem(const QStringList &arguments, qsizetype *number,
                          const QStringList &valueNames)
{
    const QString &argument = arguments.at(*number);
    const QString name = argument.mid(2).section(u'=', 0, 0);
    const bool hasValue = argument.contains(u'=');
    if (valueNames.contains(name)) {
        if (!hasValue && ++*number == arguments.size())
            return FetchCommand::tr("argument number %1 needs a value.").arg(*number - 1);
        return {};
    }
    if (!isHelpName(name))
        return FetchCommand::tr("unknown option at argument number %1.").arg(*number);
    if (hasValue)
        return FetchCommand::tr("argument number %1 takes no value.").arg(*number);
    return {};
}

// Qt's own parse error repeats what was typed, letter by letter for an unknown "-word", and
// that word may be a token. The refused argument is found again, to point at it by its number.
QString parseProblem(const QStringList &arguments, const Options &options)
{
    const QStringList valueNames = valueOptionNames(options);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break; // everything after it is a plain word
        if (!argument.startsWith(u'-') || argument == u"-")
            continue;
        const QString problem = argument.startsWith(u"--")
            ? longOptionProblem(arguments, &i, valueNames)
            : shortOptionsProblem(arguments, &i, valueNames);
        if (!problem.isEmpty())
            return problem;
    }
    return FetchCommand::tr("the arguments could not be read (see --help).");
}

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(FetchCommand::tr(
        "Fetch one Kore.ai voice campaign and write the exact response body to a file.\n"
        "The token is read from --token-file or the KORE_JWT environment variable.\n"
        "Exit codes: 0 success, 2 usage error, 3 network, timeout or TLS error,\n"
        "4 HTTP error or Kore.ai error, 5 response that is not usable JSON,\n"
        "1 the output file could not be written."));
    parser.addHelpOption();
    parser.addOptions({options.host, options.stream, options.account, options.campaign,
                       options.appId, options.timeout, options.deadline, options.output,
                       options.tokenFile});
}

// addHelpOption() offers --help-all too; Qt's own options mean nothing to this command, so both
// show the same text.
bool wantsHelp(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

// Qt starts the help with the path the program was started by and puts the sub-command after
// the options; users type the name, and the sub-command first.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype usageEnd = text.indexOf(u'\n');
    text.replace(0, usageEnd < 0 ? text.size() : usageEnd,
                 FetchCommand::tr("Usage: campaign-inspector fetch [options]"));
    return text;
}

QStringList missingOptions(const QCommandLineParser &parser, const Options &options)
{
    QStringList missing;
    for (const QCommandLineOption *option :
         {&options.host, &options.stream, &options.account, &options.campaign, &options.output}) {
        if (!parser.isSet(*option))
            missing.append(QLatin1String("--") + option->names().constFirst());
    }
    return missing;
}

} // namespace

namespace {

// Below a tenth of a second no server can answer; above an hour the command looks hung.
constexpr double minTimeoutSeconds = 0.1;
constexpr double maxTimeoutSeconds = 3600;
// The timeout only measures silence; a server that trickles is stopped after this many timeouts.
constexpr int deadlineTimeouts = 10;
constexpr double maxDeadlineSeconds = maxTimeoutSeconds * deadlineTimeouts;
// A JWT is a few KiB at most; the cap keeps a wrong file from filling memory.
constexpr qint64 maxTokenFileBytes = 64 * 1024;

struct Failed
{
    int exitCode;
    QString message;
};

// Messages about the token name where it came from, never what it holds.
QString readTokenFile(const QString &path, Failed *failed)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Reading a device such as /dev/zero or a pipe would never end, so only files are read.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *failed = {FetchCommand::UsageError,
                   FetchCommand::tr("the token file %1 is not a regular file.").arg(shown)};
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failed = {
            FetchCommand::UsageError,
            FetchCommand::tr("cannot read the token file %1: %2").arg(shown, file.errorString())};
        return {};
    }
    // One byte past the cap tells a file at the cap from a larger one without reading it all.
    const QByteArray bytes = file.read(maxTokenFileBytes + 1);
    if (bytes.size() > maxTokenFileBytes) {
        *failed = {FetchCommand::UsageError,
                   FetchCommand::tr("the token file %1 is larger than 64 KiB; it should hold "
                                    "only the JWT.")
                       .arg(shown)};
        return {};
    }
    const QString token = QString::fromUtf8(bytes).trimmed();
    if (token.isEmpty())
        *failed = {FetchCommand::UsageError,
                   FetchCommand::tr("the token file %1 is empty.").arg(shown)};
    return token;
}

// Returns the token from --token-file or KORE_JWT, or sets *failed.
QString readToken(const QCommandLineParser &parser, const Options &options, Failed *failed)
{
    if (parser.isSet(options.tokenFile))
        return readTokenFile(parser.value(options.tokenFile), failed);
    const QString token = qEnvironmentVariable("KORE_JWT").trimmed();
    if (token.isEmpty())
        *failed = {FetchCommand::UsageError,
                   FetchCommand::tr("no token: set KORE_JWT or pass --token-file PATH.")};
    return token;
}

// The option's value in milliseconds, or 0 with *failed set when it is not a number of seconds
// from minTimeoutSeconds to maxSeconds.
int millisecondsFrom(const QCommandLineParser &parser, const QCommandLineOption &option,
                     double maxSeconds, Failed *failed)
{
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    // Written as the accepted range so that NaN, which fails every comparison, falls outside.
    const bool inRange
        = ok && std::isfinite(seconds) && seconds >= minTimeoutSeconds && seconds <= maxSeconds;
    if (!inRange) {
        *failed = {FetchCommand::UsageError,
                   FetchCommand::tr("--%1 must be a number of seconds from %2 to %3.")
                       .arg(option.names().constFirst())
                       .arg(minTimeoutSeconds)
                       .arg(maxSeconds)};
        return 0;
    }
    return qRound(seconds * 1000);
}

int timeoutMsFrom(const QCommandLineParser &parser, const Options &options, Failed *failed)
{
    if (!parser.isSet(options.timeout))
        return ConnectionSettings::defaultTimeoutMs;
    return millisecondsFrom(parser, options.timeout, maxTimeoutSeconds, failed);
}

int deadlineMsFrom(const QCommandLineParser &parser, const Options &options, int timeoutMs,
                   Failed *failed)
{
    if (!parser.isSet(options.deadline))
        return timeoutMs * deadlineTimeouts;
    return millisecondsFrom(parser, options.deadline, maxDeadlineSeconds, failed);
}

ConnectionSettings settingsFrom(const QCommandLineParser &parser, const Options &options,
                                Failed *failed)
{
    ConnectionSettings settings;
    settings.host = parser.value(options.host);
    settings.streamId = parser.value(options.stream);
    settings.accountId = parser.value(options.account);
    settings.campaignId = parser.value(options.campaign);
    settings.appId = parser.value(options.appId);
    settings.timeoutMs = timeoutMsFrom(parser, options, failed);
    if (failed->exitCode == FetchCommand::Success)
        settings.deadlineMs = deadlineMsFrom(parser, options, settings.timeoutMs, failed);
    if (failed->exitCode == FetchCommand::Success)
        settings.token = readToken(parser, options, failed);
    if (failed->exitCode != FetchCommand::Success)
        return settings;

    const RequestBuilder::Result built = RequestBuilder::build(settings);
    QStringList messages;
    for (const RequestBuilder::FieldError &error : built.errors)
        messages.append(error.message);
    if (!messages.isEmpty())
        *failed = {FetchCommand::UsageError, messages.join(QLatin1Char(' '))};
    return settings;
}

// Checked before the request, so a target that would be refused costs no fetch.
Failed checkOutputPath(const QString &path)
{
    // An empty name is no file at all; found only after the fetch, the token would be spent.
    if (path.isEmpty())
        return {FetchCommand::UsageError, FetchCommand::tr("--output needs a file name.")};
    const QString problem = CampaignExporter::targetProblem(path);
    if (!problem.isEmpty())
        return {FetchCommand::UsageError, problem};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return {FetchCommand::UsageError,
                FetchCommand::tr("--output: the folder %1 does not exist.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))};
    return {FetchCommand::Success, {}};
}

Failed parseArguments(QCommandLineParser &parser, const Options &options,
                      const QStringList &arguments)
{
    if (hasTokenArgument(arguments))
        return {FetchCommand::UsageError,
                FetchCommand::tr("--token is not accepted, because arguments are visible to other "
                                 "programs; use --token-file PATH or the KORE_JWT environment "
                                 "variable.")};
    if (const qsizetype number = tokenArgumentNumber(arguments))
        return {FetchCommand::UsageError,
                FetchCommand::tr("argument number %1 looks like a token; it is not repeated here. "
                                 "Give the token through the KORE_JWT environment variable or "
                                 "--token-file PATH, because arguments are visible to other "
                                 "programs.")
                    .arg(number)};
    if (!parser.parse(arguments))
        return {FetchCommand::UsageError, parseProblem(arguments, options)};
    if (wantsHelp(parser))
        return {FetchCommand::Success, {}};
    if (parser.positionalArguments() != QStringList {QStringLiteral("fetch")})
        return {FetchCommand::UsageError,
                FetchCommand::tr("unexpected argument number %1; fetch takes only options "
                                 "(see --help).")
                    .arg(firstStrayArgumentNumber(arguments, options))};
    const QStringList missing = missingOptions(parser, options);
    if (!missing.isEmpty())
        return {
            FetchCommand::UsageError,
            FetchCommand::tr("missing %1 (see --help).").arg(missing.join(QLatin1String(", ")))};
    return checkOutputPath(parser.value(options.output));
}

CampaignFetcher::Outcome fetch(const ConnectionSettings &settings)
{
    CampaignFetcher fetcher;
    QEventLoop loop;
    CampaignFetcher::Outcome outcome;
    bool done = false;
    QObject::connect(&fetcher, &CampaignFetcher::finished, &loop,
                     [&](const CampaignFetcher::Outcome &result) {
                         outcome = result;
                         done = true;
                         loop.quit();
                     });
    fetcher.start(settings);
    if (!done)
        loop.exec();
    return outcome;
}

// The window's export writer, so both refuse devices and pipes and keep links alike.
Failed writeBody(const QString &path, const QByteArray &body)
{
    const QString problem = CampaignExporter::writeFile(path, body);
    if (problem.isEmpty())
        return {FetchCommand::Success, {}};
    return {FetchCommand::OutputError, problem};
}

Failed interpret(const CampaignFetcher::Outcome &outcome)
{
    if (outcome.failure != CampaignFetcher::Failure::None)
        return {FetchCommand::NetworkError, outcome.message};
    const ResponseInterpreter::Result result
        = ResponseInterpreter::interpretResponse(outcome.response);
    using Problem = ResponseInterpreter::Problem;
    if (result.problem == Problem::None)
        return {FetchCommand::Success, {}};
    if (result.problem == Problem::Http || result.problem == Problem::KoreError)
        return {FetchCommand::HttpError, result.message};
    // Every other problem means the body cannot be used as a campaign.
    return {FetchCommand::BadJson, result.message};
}

// The fetcher's and writer's own log lines would add to the one-line error;
// QT_LOGGING_RULES still wins.
void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("inspector.network.info=false\n"
                                                    "inspector.network.warning=false\n"
                                                    "inspector.export.info=false\n"
                                                    "inspector.export.warning=false"));
}

} // namespace

int FetchCommand::run(const QStringList &arguments)
{
    quietLogs();
    const Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    Failed failed = parseArguments(parser, options, arguments);
    if (failed.exitCode == Success && wantsHelp(parser)) {
        printOut(helpText(parser));
        return Success;
    }
    ConnectionSettings settings;
    if (failed.exitCode == Success)
        settings = settingsFrom(parser, options, &failed);
    if (failed.exitCode != Success) {
        printError(failed.message);
        return failed.exitCode;
    }

    const CampaignFetcher::Outcome outcome = fetch(settings);
    failed = interpret(outcome);
    if (failed.exitCode == Success)
        failed = writeBody(parser.value(options.output), outcome.response.body);
    if (failed.exitCode != Success) {
        printError(failed.message);
        return failed.exitCode;
    }
    printOut(tr("Saved %1 bytes to %2 (HTTP %3 in %4 ms).\n")
                 .arg(outcome.response.body.size())
                 .arg(QDir::toNativeSeparators(parser.value(options.output)))
                 .arg(outcome.response.statusCode)
                 .arg(outcome.response.elapsedMs));
    return Success;
}
