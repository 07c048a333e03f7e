// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "campaigndocument.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

// `campaign-inspector schedule FILE.json [--tz ZONE] [--week DATE] [--format text|csv|json]`:
// prints the windows of one week in one zone and the schedule's findings.
// Exit 0 when no finding is worse than info, 1 otherwise, 2 for usage errors, which include a
// file that cannot be read or holds no campaign; each error is one line on stderr that starts
// with "campaign-inspector schedule: ".
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    enum ExitCode { Clean = 0, HasFindings = 1, UsageError = 2 };

    // arguments start with the program name, then "schedule"; needs a QCoreApplication.
    static int run(const QStringList &arguments);

private:
    struct Options
    {
        QString fileName;
        std::optional<QTimeZone> zone; // unset: the campaign's own
        QDate anyDay;
        QString format;
    };

    static void setUp(QCommandLineParser &parser);
    static QString parseError(const QStringList &arguments);
    static qsizetype firstBadArgument(const QStringList &arguments);
    static std::optional<Options> readOptions(const QCommandLineParser &parser);
    static std::shared_ptr<const CampaignDocument> loadDocument(const QString &fileName);
    static std::optional<QByteArray> readCampaignFile(const QString &fileName);
    static QString tooLarge(const QString &fileName);
    static void print(const Options &options, const WeeklySchedule &schedule,
                      const WeekProjection &week);
    static void noteNotConverted(const QTimeZone &requested, const CampaignDocument &document);
    static QString helpText(const QCommandLineParser &parser);
    static int usageError(const QString &message);
};
