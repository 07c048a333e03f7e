// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghoursparser.h"

#include "clocktime.h"
#include "logging.h"
#include "schedulechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <array>

namespace {

constexpr int minutesPerDay = 24 * 60;

struct DayCode
{
    const char *code;
    Qt::DayOfWeek day;
};

constexpr std::array<DayCode, 7> dayCodes = {{
    {"MO", Qt::Monday},
    {"TU", Qt::Tuesday},
    {"WE", Qt::Wednesday},
    {"TH", Qt::Thursday},
    {"FR", Qt::Friday},
    {"SA", Qt::Saturday},
    {"SU", Qt::Sunday},
}};

const QStringList &documentedFrequencies()
{
    static const QStringList frequencies = {QStringLiteral("WEEKLY"), QStringLiteral("DAILY"),
                                            QStringLiteral("CUSTOM")};
    return frequencies;
}

// How a JSON value reads in a message: strings as written, anything else as compact JSON.
QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonArray wrapper{value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

WeeklySchedule CallingHoursParser::parseCampaign(const QJsonObject &campaign)
{
    const QJsonValue callingHours =
        campaign.value(QLatin1String("dialingStrategy")).toObject().value(
            QLatin1String("callingHours"));

    WeeklySchedule schedule;
    if (callingHours.isObject()) {
        schedule = parseCallingHours(callingHours.toObject());
    } else if (callingHours.isUndefined() || callingHours.isNull()) {
        addFinding(schedule, Severity::Error,
                   tr("The campaign has no calling hours (dialingStrategy.callingHours)."));
    } else {
        addFinding(schedule, Severity::Error,
                   tr("The campaign's calling hours are not an object."));
    }

    schedule.parserFindings = schedule.findings;
    return ScheduleChecker::withBounds(schedule, ScheduleChecker::Bounds());
}

WeeklySchedule CallingHoursParser::parseCallingHours(const QJsonObject &callingHours)
{
    WeeklySchedule schedule;
    schedule.present = true;

    readFrequency(callingHours, schedule);
    readTimeZone(callingHours, schedule);
    readDays(callingHours, schedule);
    schedule.findings = ScheduleChecker::withoutRepeats(schedule.findings);
    return schedule;
}

std::optional<Qt::DayOfWeek> CallingHoursParser::dayFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const DayCode &entry : dayCodes) {
        if (wanted == QLatin1String(entry.code))
            return entry.day;
    }
    return std::nullopt;
}

QString CallingHoursParser::codeForDay(Qt::DayOfWeek day)
{
    for (const DayCode &entry : dayCodes) {
        if (entry.day == day)
            return QLatin1String(entry.code);
    }
    return QString();
}

void CallingHoursParser::readFrequency(const QJsonObject &callingHours, WeeklySchedule &schedule)
{
    const QJsonValue frequency = callingHours.value(QLatin1String("frequency"));
    schedule.frequency = frequency.isString() ? frequency.toString() : QString();

    if (frequency.isUndefined() || frequency.isNull()) {
        addFinding(schedule, Severity::Warning,
                   tr("The calling hours give no frequency; the windows are shown as given."));
    } else if (!documentedFrequencies().contains(schedule.frequency)) {
        addFinding(schedule, Severity::Warning,
                   tr("The frequency \"%1\" is not WEEKLY, DAILY or CUSTOM; the windows are "
                      "shown as given.")
                       .arg(quoted(frequency)));
    }
}

void CallingHoursParser::readTimeZone(const QJsonObject &callingHours, WeeklySchedule &schedule)
{
    const QJsonValue zone = callingHours.value(QLatin1String("timezone"));
    schedule.timeZoneId = zone.isString() ? zone.toString().trimmed() : QString();
    schedule.timeZoneKnown = !schedule.timeZoneId.isEmpty()
        && QTimeZone::isTimeZoneIdAvailable(schedule.timeZoneId.toUtf8());

    if (!schedule.timeZoneKnown) {
        qCDebug(lcSchedule) << "unknown calling-hours zone" << schedule.timeZoneId;
        addFinding(schedule, Severity::Warning, unconvertibleZoneMessage(zone));
    }
}

QString CallingHoursParser::unconvertibleZoneMessage(const QJsonValue &timezone)
{
    const QString id = timezone.isString() ? timezone.toString().trimmed() : QString();
    if (timezone.isUndefined() || timezone.isNull() || (timezone.isString() && id.isEmpty())) {
        return tr("The calling hours name no time zone, so the times cannot be converted to "
                  "another zone; they are shown in the campaign's own clock.");
    }
    if (!timezone.isString()) {
        return tr("The calling hours' time zone %1 is not text such as \"America/New_York\", "
                  "so the times cannot be converted to another zone; they are shown in the "
                  "campaign's own clock.")
            .arg(quoted(timezone));
    }
    return tr("The time zone \"%1\" is not known on this system, so the times cannot be "
              "converted to another zone; they are shown in the campaign's own clock.")
        .arg(id);
}

QJsonValue CallingHoursParser::timeZoneValue(const QJsonObject &campaign)
{
    return campaign.value(QLatin1String("dialingStrategy"))
        .toObject()
        .value(QLatin1String("callingHours"))
        .toObject()
        .value(QLatin1String("timezone"));
}

void CallingHoursParser::readDays(const QJsonObject &callingHours, WeeklySchedule &schedule)
{
    const QJsonValue days = callingHours.value(QLatin1String("days"));
    if (days.isUndefined() || days.isNull()) {
        addFinding(schedule, Severity::Error, tr("The calling hours list no days."));
        return;
    }
    if (!days.isArray()) {
        addFinding(schedule, Severity::Error, tr("The calling hours' days are not a list."));
        return;
    }

    const QJsonArray entries = days.toArray();
    for (int index = 0; index < entries.size(); ++index)
        readEntry(entries.at(index), index, schedule);
}

void CallingHoursParser::readEntry(const QJsonValue &value, int index, WeeklySchedule &schedule)
{
    if (!value.isObject()) {
        addFinding(schedule, Severity::Error,
                   tr("days[%1] is not an object with a day, a start and an end.").arg(index),
                   index);
        return;
    }

    const QJsonObject entry = value.toObject();
    const std::optional<QList<Qt::DayOfWeek>> days = readEntryDays(entry, index, schedule);
    const std::optional<int> start = readTime(entry, QStringLiteral("start"), index, schedule);
    const std::optional<int> end = readTime(entry, QStringLiteral("end"), index, schedule);
    if (!days || !start || !end)
        return;

    // As an end, "12:00 AM" is the end of that day, so "12:00 AM"-"12:00 AM" is the whole
    // day; any other start equal to its end is zero-length.
    const int endMinute = *end == 0 ? minutesPerDay : *end;
    if (*start == endMinute) {
        addFinding(schedule, Severity::Warning,
                   tr("days[%1] starts and ends at %2, so it never calls.")
                       .arg(index)
                       .arg(ClockTime::format24(*start)),
                   index);
        return;
    }

    const int duration = endMinute > *start ? endMinute - *start : minutesPerDay - *start + *end;
    for (const Qt::DayOfWeek day : *days)
        schedule.windows.append(CallingWindow{day, *start, duration, index});
}

std::optional<QList<Qt::DayOfWeek>> CallingHoursParser::readEntryDays(const QJsonObject &entry,
                                                                     int index,
                                                                     WeeklySchedule &schedule)
{
    const QJsonValue day = entry.value(QLatin1String("day"));
    const bool hasNoDay = day.isUndefined() || day.isNull();
    if (hasNoDay && schedule.frequency == QLatin1String("DAILY")) {
        return QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                    Qt::Friday,  Qt::Saturday, Qt::Sunday};
    }
    if (hasNoDay) {
        addFinding(schedule, Severity::Error, tr("days[%1] names no day.").arg(index), index);
        return std::nullopt;
    }

    const std::optional<Qt::DayOfWeek> parsed =
        day.isString() ? dayFromCode(day.toString()) : std::nullopt;
    if (!parsed) {
        addFinding(schedule, Severity::Error,
                   tr("days[%1] has the unknown day code \"%2\"; expected MO, TU, WE, TH, FR, "
                      "SA or SU.")
                       .arg(index)
                       .arg(quoted(day)),
                   index);
        return std::nullopt;
    }
    return QList<Qt::DayOfWeek>{*parsed};
}

std::optional<int> CallingHoursParser::readTime(const QJsonObject &entry, const QString &key,
                                                int index, WeeklySchedule &schedule)
{
    const QJsonValue value = entry.value(key);
    if (value.isUndefined() || value.isNull()) {
        addFinding(schedule, Severity::Error,
                   tr("days[%1] has no %2 time.").arg(index).arg(key), index);
        return std::nullopt;
    }

    const std::optional<int> minutes =
        value.isString() ? ClockTime::parseMinutes(value.toString()) : std::nullopt;
    if (!minutes) {
        addFinding(schedule, Severity::Error,
                   tr("days[%1] has the %2 time \"%3\", which is not a 12-hour time such as "
                      "\"9:00 AM\".")
                       .arg(index)
                       .arg(key, quoted(value)),
                   index);
    }
    return minutes;
}

void CallingHoursParser::addFinding(WeeklySchedule &schedule, Severity severity,
                                    const QString &message, int entryIndex)
{
    // Repeats are removed once the whole object is read, through a hash, so a campaign with
    // thousands of broken entries is not scanned again for every finding.
    schedule.findings.append(Finding{severity, message, entryIndex});
}
