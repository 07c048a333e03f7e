// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextStream;

// Everything one benchmark run measured, with the targets it is held to. It prints as a table
// for people and as one JSON line for scripts; the JSON line is always the last line printed.
struct BenchResults
{
    static constexpr double loadRatioTarget = 1.3;
    static constexpr double rssRatioTarget = 2.0;
    static constexpr double startupRatioTarget = 1.3;
    static constexpr double maxStallTarget = 50.0;

    // Figures stay -1 when they could not be measured; problems then says why.
    qint64 fileBytes = 0;
    int contactLists = 0;

    double parseMs = -1;
    double loadMs = -1;
    double parseCpuMs = -1; // CPU time of the same runs, medians too
    double loadCpuMs = -1;
    double showMs = -1; // of load_ms, the UI-thread part: loader result to painted view
    double loadFileMs = -1;   // the same through CampaignLoader::loadFile, for comparison
    double expandListMs = -1; // expanding the 300,000 list names until painted
    double scrollEndMs = -1;  // then scrolling to the last one until painted

    double parseRssKb = -1;
    double loadRssKb = -1;       // the application window (MainWindow::openFile)
    double loadViewRssKb = -1;   // loader, model and a bare tree view
    double windowLoadMs = -1;    // MainWindow::openFile until painted, in that child

    double emptyStartupMs = -1;
    double windowStartupMs = -1;
    double labelStartupMs = -1; // a window with one label: the floor once fonts load
    QList<double> emptyStartupRuns;
    QList<double> windowStartupRuns;
    QList<double> labelStartupRuns;

    double maxStallMs = -1;     // through the application window
    QString maxStallWhere;
    double maxStallCpuMs = -1; // UI-thread CPU time inside the longest gap
    double maxBusyMs = -1;     // the most UI-thread CPU time between two heartbeats
    QString maxBusyWhere;
    double fetchTotalMs = -1;
    QList<QPair<QString, double>> stallEvents;
    double componentStallMs = -1; // through the parts alone
    QString componentStallWhere;

    QStringList problems; // measurements that could not be taken, with the reason

    double loadRatio() const { return ratio(loadMs, parseMs); }
    double rssRatio() const { return ratio(loadRssKb, parseRssKb); }
    double startupRatio() const { return ratio(windowStartupMs, emptyStartupMs); }

    void printTable(QTextStream &out) const;
    QByteArray jsonLine() const;

private:
    static double ratio(double value, double floor)
    {
        return value >= 0 && floor > 0 ? value / floor : -1;
    }
};
