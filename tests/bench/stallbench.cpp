// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "stallbench.h"

#include "benchclock.h"
#include "campaignfetcher.h"
#include "campaignloader.h"
#include "connectionform.h"
#include "connectionsettings.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "paintprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTreeView>

#include <functional>

namespace {

// Runs the event loop until `done` says so or the deadline passes; true when done.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

} // namespace

StallBench::StallBench(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_heartbeat(heartbeatMs)
{
}

ConnectionSettings StallBench::settings() const
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    settings.streamId = QStringLiteral("st-bench");
    settings.accountId = QStringLiteral("acc-bench");
    settings.campaignId = QStringLiteral("cd-bench");
    settings.token = QStringLiteral("bench-token-not-a-secret");
    return settings;
}

bool StallBench::idle(int ms)
{
    const QDeadlineTimer deadline(ms);
    return runUntil([&deadline] { return deadline.hasExpired(); }, ms + 1000);
}

void StallBench::mark(const QString &step)
{
    m_result.events.append({step, double(BenchClock::monotonicNs() - m_startNs) / 1e6});
    m_heartbeat.setPhase(step);
}

StallBench::Result StallBench::finish(bool painted, const QString &failure)
{
    if (painted)
        mark(QStringLiteral("view painted"));
    // Work deferred past the paint (deleteLater, queued updates) still freezes the window.
    idle(200);
    m_heartbeat.stop();
    if (!failure.isEmpty())
        m_result.error = failure;
    else if (!painted)
        m_result.error = QStringLiteral("the campaign was not shown within %1 ms").arg(timeoutMs);
    m_result.maxStallMs = m_heartbeat.maxGapMs();
    m_result.maxStallEndMs = double(m_heartbeat.maxGapEndNs() - m_startNs) / 1e6;
    m_result.phase = m_heartbeat.maxGapPhase();
    m_result.maxStallCpuMs = m_heartbeat.maxGapCpuMs();
    m_result.maxBusyMs = m_heartbeat.maxBusyMs();
    m_result.busyPhase = m_heartbeat.maxBusyPhase();
    if (painted)
        m_result.totalMs = m_result.events.constLast().second;
    return m_result;
}

StallBench::Result StallBench::measureWindow()
{
    m_result = {};
    MainWindow window;
    PaintProbe probe(window.treeView()->viewport());
    window.show();
    if (!probe.wait(timeoutMs))
        return finish(false, QStringLiteral("the main window was never painted"));
    window.form()->setSettings(settings());

    // The window's own parts, found by type, only to time-stamp their signals.
    if (auto *fetcher = window.findChild<CampaignFetcher *>())
        connect(fetcher, &CampaignFetcher::finished, &window,
                [this] { mark(QStringLiteral("fetch finished")); });
    if (auto *loader = window.findChild<CampaignLoader *>())
        connect(loader, &CampaignLoader::loaded, &window,
                [this] { mark(QStringLiteral("loader delivered")); });
    bool shown = false;
    QString failure;
    connect(&window, &MainWindow::campaignShown, &window, [&] {
        shown = true;
        probe.arm();
        mark(QStringLiteral("campaign shown"));
    });
    connect(&window, &MainWindow::loadFailed, &window,
            [&failure](const QString &message) { failure = message; });

    m_heartbeat.start();
    idle(200);
    m_startNs = BenchClock::monotonicNs();
    mark(QStringLiteral("fetch started"));
    window.fetch();
    runUntil([&] { return shown || !failure.isEmpty(); }, timeoutMs);
    return finish(shown && probe.wait(timeoutMs), failure);
}

StallBench::Result StallBench::measureComponents()
{
    m_result = {};
    CampaignFetcher fetcher;
    CampaignLoader loader;
    QTreeView view;
    JsonTreeModel model;
    view.setModel(&model);
    view.setUniformRowHeights(true);
    view.resize(1000, 700);
    PaintProbe probe(view.viewport());
    view.show();
    if (!probe.wait(timeoutMs))
        return finish(false, QStringLiteral("the tree view was never painted"));

    bool shown = false;
    QString failure;
    ResponseInterpreter::Result loaded;
    connect(&fetcher, &CampaignFetcher::finished, &view,
            [&](const CampaignFetcher::Outcome &outcome) {
                mark(QStringLiteral("fetch finished"));
                if (outcome.failure != CampaignFetcher::Failure::None)
                    failure = outcome.message;
                else
                    loader.loadResponse(outcome.response);
            });
    connect(&loader, &CampaignLoader::loaded, &view,
            [&](const ResponseInterpreter::Result &result) {
                mark(QStringLiteral("loader delivered"));
                if (!result.isOk()) {
                    failure = result.message;
                    return;
                }
                loaded = result;
                probe.arm();
                model.setDocument(loaded.document->json, loaded.document->raw,
                                  loaded.document->rawIndex);
                view.expand(model.indexForPath(QStringLiteral("data")));
                shown = true;
                mark(QStringLiteral("campaign shown"));
            });

    m_heartbeat.start();
    idle(200);
    m_startNs = BenchClock::monotonicNs();
    mark(QStringLiteral("fetch started"));
    if (!fetcher.start(settings()))
        return finish(false, QStringLiteral("the fetcher refused the loopback settings"));
    runUntil([&] { return shown || !failure.isEmpty(); }, timeoutMs);
    return finish(shown && probe.wait(timeoutMs), failure);
}
