// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "fielddocs.h"

#include <QHash>
#include <QRegularExpression>

#include <iterator>

namespace {

struct FieldDoc
{
    const char *path;
    const char *text;
};

// Paths are those of a whole response. The texts are translated when looked up, not here, so a
// translation installed after start-up still applies.
constexpr FieldDoc fieldDocs[] = {
    {"status", QT_TRANSLATE_NOOP("FieldDocs", "Outcome of the request as a whole: \"success\", "
                                              "or \"failure\" / \"error\" when it failed.")},
    {"message", QT_TRANSLATE_NOOP("FieldDocs", "The service's own sentence about the request.")},
    {"data", QT_TRANSLATE_NOOP("FieldDocs", "The campaign itself.")},
    {"errors", QT_TRANSLATE_NOOP("FieldDocs", "Errors reported by the platform, for example a "
                                              "rejected token or a missing API scope.")},
    {"errors.msg", QT_TRANSLATE_NOOP("FieldDocs", "What the platform says went wrong.")},
    {"errors.code", QT_TRANSLATE_NOOP("FieldDocs", "The platform's error code.")},
    {"data._id", QT_TRANSLATE_NOOP("FieldDocs", "The campaign's unique id (starts with cd-).")},
    {"data.id", QT_TRANSLATE_NOOP("FieldDocs", "The campaign's unique id; some calls name it "
                                               "id instead of _id.")},
    {"data.name", QT_TRANSLATE_NOOP("FieldDocs", "Campaign name, at most 48 characters.")},
    {"data.lname", QT_TRANSLATE_NOOP("FieldDocs", "The campaign name in lower case.")},
    {"data.description", QT_TRANSLATE_NOOP("FieldDocs", "What the campaign is for, at most "
                                                        "256 characters.")},
    {"data.dncLists", QT_TRANSLATE_NOOP("FieldDocs", "The one Do Not Call list the contacts are "
                                                     "checked against before dialling.")},
    {"data.dncLists.id", QT_TRANSLATE_NOOP("FieldDocs", "Id of the Do Not Call list (cl-...).")},
    {"data.dncLists.name", QT_TRANSLATE_NOOP("FieldDocs", "Name of the Do Not Call list.")},
    {"data.priority", QT_TRANSLATE_NOOP("FieldDocs", "Priority from 1 (lowest) to 5 (highest), "
                                                     "sent as a string. Higher priority "
                                                     "campaigns are dialled first.")},
    {"data.dialingMode", QT_TRANSLATE_NOOP("FieldDocs", "How calls are placed: Agentless "
                                                        "(a voice flow talks), Progressive or "
                                                        "Preview (agents take the calls).")},
    {"data.dialingStrategy", QT_TRANSLATE_NOOP("FieldDocs", "Who calls, when, how often and "
                                                            "in which order.")},
    {"data.dialingStrategy.callerId", QT_TRANSLATE_NOOP("FieldDocs", "The caller id shown to "
                                                                     "the people called.")},
    {"data.dialingStrategy.callerId.phoneNumber",
     QT_TRANSLATE_NOOP("FieldDocs", "The verified outbound number used as caller id.")},
    {"data.dialingStrategy.callingHours",
     QT_TRANSLATE_NOOP("FieldDocs", "The weekly hours in which calls may be placed, in the "
                                    "campaign's time zone.")},
    {"data.dialingStrategy.callingHours.frequency",
     QT_TRANSLATE_NOOP("FieldDocs", "WEEKLY, DAILY or CUSTOM.")},
    {"data.dialingStrategy.callingHours.timezone",
     QT_TRANSLATE_NOOP("FieldDocs", "IANA time zone the calling hours are written in, for "
                                    "example Asia/Kolkata.")},
    {"data.dialingStrategy.callingHours.days",
     QT_TRANSLATE_NOOP("FieldDocs", "Calling windows: a day with a start and an end time. A "
                                    "day may have several windows.")},
    {"data.dialingStrategy.callingHours.days.day",
     QT_TRANSLATE_NOOP("FieldDocs", "Day code: MO, TU, WE, TH, FR, SA or SU.")},
    {"data.dialingStrategy.callingHours.days.start",
     QT_TRANSLATE_NOOP("FieldDocs", "When calling may begin, as h:mm AM/PM in the campaign's "
                                    "time zone.")},
    {"data.dialingStrategy.callingHours.days.end",
     QT_TRANSLATE_NOOP("FieldDocs", "When calling must stop, as h:mm AM/PM in the campaign's "
                                    "time zone.")},
    {"data.dialingStrategy.dialingOrder",
     QT_TRANSLATE_NOOP("FieldDocs", "Order in which contacts are dialled: FIFO or LIFO.")},
    {"data.dialingStrategy.maxAttemptsPerRecord",
     QT_TRANSLATE_NOOP("FieldDocs", "How many times one contact may be tried, 1 to 100.")},
    {"data.dialingStrategy.defaultRetryPeriod",
     QT_TRANSLATE_NOOP("FieldDocs", "Minutes to wait before trying a contact again, 1 to "
                                    "1440.")},
    {"data.dialingStrategy.maxRingTime",
     QT_TRANSLATE_NOOP("FieldDocs", "Seconds a call may ring before it counts as unanswered, "
                                    "5 to 120.")},
    {"data.dialingStrategy.useSystemMappings",
     QT_TRANSLATE_NOOP("FieldDocs", "Set by the service; not documented further.")},
    {"data.experienceFlow", QT_TRANSLATE_NOOP("FieldDocs", "Id of the experience flow that runs "
                                                           "the calls (cf-...).")},
    {"data.status", QT_TRANSLATE_NOOP("FieldDocs", "Campaign state: Preparing, Ready, Active "
                                                   "(running), Paused, Stopped, Scheduled, "
                                                   "Rescheduled or Completed.")},
    {"data.isFiltersEnabled", QT_TRANSLATE_NOOP("FieldDocs", "Whether contact-list column "
                                                             "filters apply.")},
    {"data.createdAt", QT_TRANSLATE_NOOP("FieldDocs", "When the campaign was created (ISO 8601, "
                                                      "UTC).")},
    {"data.updatedAt", QT_TRANSLATE_NOOP("FieldDocs", "When the campaign was last changed (ISO "
                                                      "8601, UTC).")},
    {"data.schedule", QT_TRANSLATE_NOOP("FieldDocs", "Whether the campaign starts on a schedule "
                                                     "rather than by hand.")},
    {"data.schedule.isSchedulingEnabled",
     QT_TRANSLATE_NOOP("FieldDocs", "True when the campaign has a scheduled start.")},
    {"data.schedule.isRecurrenceEnabled",
     QT_TRANSLATE_NOOP("FieldDocs", "True when the scheduled run repeats.")},
    {"data.contactLists", QT_TRANSLATE_NOOP("FieldDocs", "Names of the contact lists to call.")},
    {"data.format", QT_TRANSLATE_NOOP("FieldDocs", "Message format of an SMS campaign: simple, "
                                                   "or advanced (two-way, through a flow).")},
    {"data.campaignType", QT_TRANSLATE_NOOP("FieldDocs", "voice or sms.")},
    {"data.enableMachineDetect",
     QT_TRANSLATE_NOOP("FieldDocs", "Answering-machine detection: no, detect or disconnect "
                                    "(older campaigns: true or false).")},
    {"data.maxSkips", QT_TRANSLATE_NOOP("FieldDocs", "Preview mode: how often an agent may skip "
                                                     "a contact.")},
    {"data.connection", QT_TRANSLATE_NOOP("FieldDocs", "The agent queue the calls go to.")},
    {"data.campaignInstanceId", QT_TRANSLATE_NOOP("FieldDocs", "Id of the current run of the "
                                                               "campaign (cid-...).")},
};

using DocTable = QHash<QString, const char *>;

const DocTable &docTable()
{
    static const DocTable table = [] {
        DocTable built;
        built.reserve(qsizetype(std::size(fieldDocs)));
        for (const FieldDoc &doc : fieldDocs)
            built.insert(QString::fromLatin1(doc.path), doc.text);
        return built;
    }();
    return table;
}

// "data.dialingStrategy.callingHours.days[2].day" -> "data.dialingStrategy.callingHours.days.day"
QString withoutIndices(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d*\\]"));
    QString normalised = path;
    normalised.remove(index);
    return normalised;
}

} // namespace

QString FieldDocs::tooltipFor(const QString &path)
{
    const QString normalised = withoutIndices(path);
    const DocTable &table = docTable();

    // A bare campaign file has no `data.` in front; its paths mean the same fields. The
    // envelope's own names (status, message) win for the few names both levels use.
    auto found = table.constFind(normalised);
    if (found == table.constEnd())
        found = table.constFind(QLatin1String("data.") + normalised);
    if (found == table.constEnd())
        return {};
    return tr(found.value());
}

QString FieldDocs::tooltipForCampaignField(const QString &pathInCampaign)
{
    return tooltipFor(QLatin1String("data.") + pathInCampaign);
}
