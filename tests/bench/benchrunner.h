// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "benchresults.h"
#include "campaigngenerator.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class QTextStream;

// Runs every measurement once, in order, on one generated campaign: parse floor and load in
// this process, peak memory and start-up in child processes, and the UI stall while fetching
// from a loopback server. A measurement that fails is recorded as a problem and the others
// still run.
class BenchRunner
{
public:
    struct Options
    {
        int contactLists = CampaignGenerator::defaultContactLists;
        int loadRuns = 7;
        int startupRuns = 7;
        QString keepFile; // also write the generated campaign here, when set
        QString only;     // run just this group: load, memory, startup or stall (for profiling)
    };

    explicit BenchRunner(const Options &options);

    BenchResults run(QTextStream &progress);

private:
    bool generate(QTextStream &progress);
    void measureLoad(QTextStream &progress);
    void measureLoadFile();
    void measureMemory(QTextStream &progress);
    void measureStartup(QTextStream &progress);
    void measureStalls(QTextStream &progress);
    bool wants(const QString &group) const;
    double childFigure(const QStringList &arguments, const QString &key);

    Options m_options;
    QTemporaryDir m_directory;
    QString m_path;
    QByteArray m_bytes;
    BenchResults m_results;
};
