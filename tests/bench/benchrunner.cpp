// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "benchrunner.h"

#include "childmodes.h"
#include "childprocess.h"
#include "loadbench.h"
#include "loopbackserver.h"
#include "stallbench.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int childTimeoutMs = 120'000;

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

BenchRunner::BenchRunner(const Options &options)
    : m_options(options)
{
}

BenchResults BenchRunner::run(QTextStream &progress)
{
    if (!generate(progress))
        return m_results;
    if (wants(QStringLiteral("load")))
        measureLoad(progress);
    if (wants(QStringLiteral("memory")))
        measureMemory(progress);
    if (wants(QStringLiteral("startup")))
        measureStartup(progress);
    if (wants(QStringLiteral("stall")))
        measureStalls(progress);
    return m_results;
}

bool BenchRunner::wants(const QString &group) const
{
    return m_options.only.isEmpty() || m_options.only == group;
}

bool BenchRunner::generate(QTextStream &progress)
{
    progress << "generating a campaign with " << m_options.contactLists << " contact lists"
             << Qt::endl;
    QString error;
    m_bytes = CampaignGenerator::generate(QStringLiteral(INSPECTOR_BENCH_SAMPLE),
                                          m_options.contactLists, &error);
    m_path = m_directory.filePath(QStringLiteral("generated-campaign.json"));
    const bool written = !m_bytes.isEmpty() && writeFile(m_path, m_bytes, &error)
        && (m_options.keepFile.isEmpty() || writeFile(m_options.keepFile, m_bytes, &error));
    if (!written) {
        m_results.problems << error;
        return false;
    }
    m_results.fileBytes = m_bytes.size();
    m_results.contactLists = m_options.contactLists;
    return true;
}

void BenchRunner::measureLoad(QTextStream &progress)
{
    progress << "timing the parse floor and the load into the tree view" << Qt::endl;
    QString error;
    LoadBench bench;
    QList<double> parses, parseCpus, loads, loadCpus, shows;
    bool ok = bench.showView(&error);
    // Parse and load alternate, so a busy moment on the machine hurts both sides alike.
    for (int run = 0; ok && run < m_options.loadRuns; ++run) {
        double cpuMs = 0;
        const double parseMs = LoadBench::parseOnce(m_bytes, &cpuMs, &error);
        parses << parseMs;
        parseCpus << cpuMs;
        const double loadMs = parseMs < 0 ? -1 : bench.loadBytes(m_bytes, &error);
        ok = loadMs >= 0;
        loads << loadMs;
        loadCpus << bench.lastCpuMs();
        shows << bench.lastShowMs();
        // The last load stays, so expanding and scrolling have a campaign to work on.
        if (ok && run + 1 < m_options.loadRuns)
            bench.unload();
    }
    if (ok) {
        m_results.parseMs = median(parses);
        m_results.parseCpuMs = median(parseCpus);
        m_results.loadMs = median(loads);
        m_results.loadCpuMs = median(loadCpus);
        m_results.showMs = median(shows);
        m_results.expandListMs = bench.expandMs(QStringLiteral("data.contactLists"), &error);
    }
    if (ok && m_results.expandListMs >= 0)
        m_results.scrollEndMs = bench.scrollToEndMs(&error);
    if (!error.isEmpty())
        m_results.problems << error;
    bench.unload();
    measureLoadFile();
}

void BenchRunner::measureLoadFile()
{
    QString error;
    LoadBench bench;
    if (bench.showView(&error))
        m_results.loadFileMs = bench.loadFile(m_path, &error);
    if (!error.isEmpty())
        m_results.problems << error;
}

void BenchRunner::measureMemory(QTextStream &progress)
{
    progress << "measuring peak memory in child processes" << Qt::endl;
    const QStringList parse{ChildModes::flag, ChildModes::parse, m_path};
    const QStringList window{ChildModes::flag, ChildModes::loadWindow, m_path};
    const QStringList view{ChildModes::flag, ChildModes::loadView, m_path};
    m_results.parseRssKb = childFigure(parse, QStringLiteral("rss_kb"));
    m_results.loadRssKb = childFigure(window, QStringLiteral("rss_kb"));
    m_results.loadViewRssKb = childFigure(view, QStringLiteral("rss_kb"));
    // A second, separate window child for its load time: the first one's figure is RSS only.
    m_results.windowLoadMs = childFigure(window, QStringLiteral("load_ms"));
}

void BenchRunner::measureStartup(QTextStream &progress)
{
    progress << "timing start-up, " << m_options.startupRuns << " runs of each window"
             << Qt::endl;
    const QStringList empty{ChildModes::flag, ChildModes::emptyWindow};
    const QStringList label{ChildModes::flag, ChildModes::labelWindow};
    const QStringList window{ChildModes::flag, ChildModes::mainWindow};
    // Interleaved, so that a noisy moment on the machine hurts both sides alike.
    for (int run = 0; run < m_options.startupRuns; ++run) {
        const double emptyMs = childFigure(empty, QStringLiteral("startup_ms"));
        const double windowMs = childFigure(window, QStringLiteral("startup_ms"));
        if (emptyMs >= 0)
            m_results.emptyStartupRuns << emptyMs;
        if (windowMs >= 0)
            m_results.windowStartupRuns << windowMs;
        const double labelMs = childFigure(label, QStringLiteral("startup_ms"));
        if (labelMs >= 0)
            m_results.labelStartupRuns << labelMs;
    }
    m_results.emptyStartupMs = median(m_results.emptyStartupRuns);
    m_results.windowStartupMs = median(m_results.windowStartupRuns);
    m_results.labelStartupMs = median(m_results.labelStartupRuns);
}

void BenchRunner::measureStalls(QTextStream &progress)
{
    progress << "measuring UI stalls while fetching from 127.0.0.1" << Qt::endl;
    LoopbackServer server(m_bytes);
    if (!server.start()) {
        m_results.problems << QStringLiteral("the loopback server could not listen");
        return;
    }
    StallBench bench(server.port());
    const StallBench::Result window = bench.measureWindow();
    if (window.error.isEmpty()) {
        m_results.maxStallMs = window.maxStallMs;
        m_results.maxStallWhere = QStringLiteral("%1 (at %2 ms)")
                                      .arg(window.phase)
                                      .arg(window.maxStallEndMs, 0, 'f', 1);
        m_results.maxStallCpuMs = window.maxStallCpuMs;
        m_results.maxBusyMs = window.maxBusyMs;
        m_results.maxBusyWhere = window.busyPhase;
        m_results.fetchTotalMs = window.totalMs;
        m_results.stallEvents = window.events;
    } else {
        m_results.problems << QStringLiteral("window stall: ") + window.error;
    }

    const StallBench::Result parts = bench.measureComponents();
    if (parts.error.isEmpty()) {
        m_results.componentStallMs = parts.maxStallMs;
        m_results.componentStallWhere = QStringLiteral("%1 (at %2 ms)")
                                            .arg(parts.phase)
                                            .arg(parts.maxStallEndMs, 0, 'f', 1);
    } else {
        m_results.problems << QStringLiteral("parts stall: ") + parts.error;
    }
}

double BenchRunner::childFigure(const QStringList &arguments, const QString &key)
{
    const ChildProcess::Result child = ChildProcess::run(arguments, childTimeoutMs);
    if (!child.isOk()) {
        m_results.problems << child.error;
        return -1;
    }
    if (!child.values.contains(key)) {
        m_results.problems << QStringLiteral("child '%1' reported no %2")
                                  .arg(arguments.join(u' '), key);
        return -1;
    }
    return child.number(key);
}
