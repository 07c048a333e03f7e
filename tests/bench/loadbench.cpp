// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "loadbench.h"

#include "benchclock.h"
#include "campaignloader.h"
#include "jsontreemodel.h"
#include "paintprobe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QTreeView>

namespace {

double msSince(qint64 startNs)
{
    return double(BenchClock::monotonicNs() - startNs) / 1e6;
}

} // namespace

LoadBench::LoadBench()
    : m_view(std::make_unique<QTreeView>())
{
    m_model = new JsonTreeModel(m_view.get());
    m_loader = new CampaignLoader(m_view.get());
    m_probe = new PaintProbe(m_view->viewport(), m_view.get());
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->resize(1000, 700);
    QObject::connect(m_loader, &CampaignLoader::loaded, m_view.get(),
                     [this](const ResponseInterpreter::Result &result) {
                         m_result = result;
                         m_loaded = true;
                     });
}

LoadBench::~LoadBench() = default;

bool LoadBench::showView(QString *error)
{
    m_probe->arm();
    m_view->show();
    return waitForPaint(error);
}

double LoadBench::loadBytes(const QByteArray &bytes, QString *error)
{
    m_loaded = false;
    m_startCpuNs = BenchClock::processCpuNs();
    const qint64 start = BenchClock::monotonicNs();
    m_loader->loadBytes(bytes, QStringLiteral("generated-campaign.json"));
    return finishLoad(start, error);
}

double LoadBench::loadFile(const QString &path, QString *error)
{
    m_loaded = false;
    m_startCpuNs = BenchClock::processCpuNs();
    const qint64 start = BenchClock::monotonicNs();
    m_loader->loadFile(path);
    return finishLoad(start, error);
}

void LoadBench::unload()
{
    m_model->clear();
    m_result = {};
    m_loaded = false;
}

double LoadBench::finishLoad(qint64 startNs, QString *error)
{
    if (!waitForLoaded(error))
        return -1;
    if (!m_result.isOk()) {
        *error = QStringLiteral("the loader refused the campaign: %1").arg(m_result.message);
        return -1;
    }

    // The same hand-over as the main window: one reset, then `data` expanded.
    const qint64 deliveredNs = BenchClock::monotonicNs();
    m_probe->arm();
    m_model->setDocument(m_result.document->json, m_result.document->raw,
                         m_result.document->rawIndex);
    const QModelIndex data = m_model->indexForPath(QStringLiteral("data"));
    if (data.isValid())
        m_view->expand(data);
    if (!waitForPaint(error))
        return -1;
    m_lastCpuMs = BenchClock::toMs(BenchClock::processCpuNs() - m_startCpuNs);
    m_lastShowMs = msSince(deliveredNs);
    return msSince(startNs);
}

double LoadBench::expandMs(const QString &path, QString *error)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid()) {
        *error = QStringLiteral("the model has no %1").arg(path);
        return -1;
    }
    const qint64 start = BenchClock::monotonicNs();
    m_probe->arm();
    m_view->expand(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    return waitForPaint(error) ? msSince(start) : -1;
}

double LoadBench::scrollToEndMs(QString *error)
{
    const qint64 start = BenchClock::monotonicNs();
    m_probe->arm();
    m_view->scrollToBottom();
    return waitForPaint(error) ? msSince(start) : -1;
}

bool LoadBench::waitForLoaded(QString *error)
{
    QEventLoop loop;
    QObject::connect(m_loader, &CampaignLoader::loaded, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!m_loaded)
        loop.exec();
    if (!m_loaded)
        *error = QStringLiteral("the loader reported nothing within %1 ms").arg(timeoutMs);
    return m_loaded;
}

bool LoadBench::waitForPaint(QString *error)
{
    if (m_probe->wait(timeoutMs))
        return true;
    *error = QStringLiteral("the tree view was not painted within %1 ms").arg(timeoutMs);
    return false;
}

double LoadBench::parseOnce(const QByteArray &bytes, double *cpuMs, QString *error)
{
    const qint64 startCpu = BenchClock::processCpuNs();
    const qint64 start = BenchClock::monotonicNs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const double ms = msSince(start);
    *cpuMs = BenchClock::toMs(BenchClock::processCpuNs() - startCpu);
    if (!document.isNull())
        return ms;
    *error = QStringLiteral("the generated campaign does not parse: %1")
                 .arg(parseError.errorString());
    return -1;
}
