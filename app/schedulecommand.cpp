// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "schedulecommand.h"

#include "callinghoursparser.h"
#include "campaignloader.h"
#include "responseinterpreter.h"
#include "scheduleformatter.h"
#include "scheduleprojection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Errors and notices are one line each, named like the fetch command's, so scripts can show
// them as they are.
QString messageLine(const QString &message)
{
    return QLatin1String("campaign-inspector schedule: ") % message.simplified()
        % QLatin1Char('\n');
}

const QStringList &formats()
{
    static const QStringList names = {QStringLiteral("text"), QStringLiteral("csv"),
                                      QStringLiteral("json")};
    return names;
}

} // namespace

int ScheduleCommand::run(const QStringList &arguments)
{
    // The parser expects the program name first; "schedule" itself is not an argument.
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);

    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(rest))
        return usageError(parseError(rest));
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, helpText(parser));
        return Clean;
    }

    const std::optional<Options> options = readOptions(parser);
    if (!options)
        return UsageError;
    const std::shared_ptr<const CampaignDocument> document = loadDocument(options->fileName);
    if (!document)
        return UsageError;
    const WeeklySchedule *schedule = &document->schedule;

    // A campaign whose zone is unknown can only be shown in its own clock; asking for another
    // zone is answered on stderr, in the same words as the finding.
    if (options->zone && !schedule->timeZoneKnown)
        noteNotConverted(*options->zone, *document);
    const QTimeZone campaignZone = schedule->timeZone();
    const QTimeZone zone =
        schedule->timeZoneKnown ? options->zone.value_or(campaignZone) : campaignZone;
    const QDate anyDay = options->anyDay.isValid()
        ? options->anyDay
        : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const WeekProjection week = ScheduleProjection::project(*schedule, zone, anyDay, Qt::Monday);
    print(*options, *schedule, week);

    const QList<Finding> findings = ScheduleFormatter::allFindings(*schedule, week);
    const bool worseThanInfo =
        std::any_of(findings.cbegin(), findings.cend(),
                    [](const Finding &finding) { return finding.severity != Severity::Info; });
    return worseThanInfo ? HasFindings : Clean;
}

void ScheduleCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Print a campaign's calling hours for one week, and what is wrong with them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A saved response or a bare campaign object."),
                                 QStringLiteral("FILE.json"));
    parser.addOption({QStringLiteral("tz"),
                      tr("Show the week in this IANA zone (default: the campaign's)."),
                      QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("week"),
                      tr("Any date in the week to show; weeks start on Monday (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), tr("Output format: text, csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
}

// Qt's error text quotes the argument, or lists each of its letters: a token pasted by mistake
// would end up in a terminal or a log. Only the argument's position is named.
QString ScheduleCommand::parseError(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    parser.parse(arguments);
    const qsizetype position = firstBadArgument(arguments);
    if (!parser.unknownOptionNames().isEmpty())
        return tr("Unknown option at argument %1; see --help.").arg(position);
    return tr("The option at argument %1 needs a value, or takes none; see --help.")
        .arg(position);
}

// Counted from 1 after "schedule". The first argument after which the parser fails for good:
// a prefix that ends in "--tz" fails only until its value follows.
qsizetype ScheduleCommand::firstBadArgument(const QStringList &arguments)
{
    const auto parses = [](const QStringList &prefix) {
        QCommandLineParser parser;
        setUp(parser);
        return parser.parse(prefix);
    };
    for (qsizetype count = 2; count <= arguments.size(); ++count) {
        if (parses(arguments.first(count)))
            continue;
        if (count == arguments.size() || !parses(arguments.first(count + 1)))
            return count - 1;
    }
    return arguments.size() - 1;
}

std::optional<ScheduleCommand::Options> ScheduleCommand::readOptions(
    const QCommandLineParser &parser)
{
    Options options;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        usageError(tr("Give exactly one campaign file."));
        return std::nullopt;
    }
    options.fileName = files.constFirst();

    options.format = parser.value(QStringLiteral("format"));
    if (!formats().contains(options.format)) {
        usageError(tr("Unknown format \"%1\"; use text, csv or json.").arg(options.format));
        return std::nullopt;
    }

    if (parser.isSet(QStringLiteral("tz"))) {
        const QString id = parser.value(QStringLiteral("tz"));
        if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
            usageError(tr("Unknown time zone \"%1\".").arg(id));
            return std::nullopt;
        }
        options.zone = QTimeZone(id.toUtf8());
    }

    if (parser.isSet(QStringLiteral("week"))) {
        const QString text = parser.value(QStringLiteral("week"));
        options.anyDay = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!options.anyDay.isValid()) {
            usageError(tr("\"%1\" is not a date such as 2026-03-23.").arg(text));
            return std::nullopt;
        }
    }
    return options;
}

std::shared_ptr<const CampaignDocument> ScheduleCommand::loadDocument(const QString &fileName)
{
    const std::optional<QByteArray> bytes = readCampaignFile(fileName);
    if (!bytes)
        return nullptr;

    const ResponseInterpreter::Result result = ResponseInterpreter::interpretFile(*bytes, fileName);
    if (!result.isOk()) {
        usageError(result.message);
        return nullptr;
    }
    return result.document;
}

// Only regular files are read, and no more than the window's own limit: a device such as
// /dev/zero or a pipe has no end to wait for, and a huge file would exhaust memory.
std::optional<QByteArray> ScheduleCommand::readCampaignFile(const QString &fileName)
{
    const QFileInfo info(fileName);
    const qint64 limit = CampaignLoader::maxFileBytes;
    QString problem;
    if (!info.exists())
        problem = tr("Cannot read the campaign file %1: it does not exist.").arg(fileName);
    else if (info.isDir())
        problem = tr("%1 is a folder, not a campaign file.").arg(fileName);
    else if (!info.isFile())
        problem = tr("%1 is not a regular file (a device, pipe or socket), so it is not read as a "
                     "campaign file.")
                      .arg(fileName);
    else if (info.size() > limit)
        problem = tooLarge(fileName);
    if (!problem.isEmpty()) {
        usageError(problem);
        return std::nullopt;
    }

    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(tr("Cannot read the campaign file %1: %2").arg(fileName, file.errorString()));
        return std::nullopt;
    }
    // Checked again while reading, as the file may grow after its size was taken.
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        usageError(tr("Cannot read the campaign file %1: %2").arg(fileName, file.errorString()));
        return std::nullopt;
    }
    if (bytes.size() > limit) {
        usageError(tooLarge(fileName));
        return std::nullopt;
    }
    return bytes;
}

QString ScheduleCommand::tooLarge(const QString &fileName)
{
    return tr("The campaign file %1 is too large to read (the limit is %2 MiB).")
        .arg(fileName)
        .arg(CampaignLoader::maxFileBytes / (1024 * 1024));
}

// In CSV mode stdout holds the table alone, so the findings go to stderr.
void ScheduleCommand::print(const Options &options, const WeeklySchedule &schedule,
                            const WeekProjection &week)
{
    if (options.format == QLatin1String("csv")) {
        write(stdout, ScheduleFormatter::toCsv(week, ScheduleFormatter::CsvHeader::Omit));
        write(stderr,
              ScheduleFormatter::findingsText(ScheduleFormatter::allFindings(schedule, week)));
    } else if (options.format == QLatin1String("json")) {
        write(stdout, QString::fromUtf8(ScheduleFormatter::toJson(schedule, week)));
    } else {
        write(stdout, ScheduleFormatter::toText(schedule, week));
    }
}

void ScheduleCommand::noteNotConverted(const QTimeZone &requested,
                                       const CampaignDocument &document)
{
    const QJsonValue zone = CallingHoursParser::timeZoneValue(document.campaign);
    const QString cannot =
        tr("Cannot show the times in %1.").arg(QString::fromUtf8(requested.id()));
    write(stderr, messageLine(cannot % QLatin1Char(' ')
                              % CallingHoursParser::unconvertibleZoneMessage(zone)));
}

// Qt writes "Usage: PROGRAM [options] ..."; the sub-command belongs in that line too.
QString ScheduleCommand::helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype options = text.indexOf(QLatin1String(" [options]"));
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (options >= 0 && options < lineEnd)
        text.insert(options, QLatin1String(" schedule"));
    return text;
}

int ScheduleCommand::usageError(const QString &message)
{
    write(stderr, messageLine(message));
    return UsageError;
}
