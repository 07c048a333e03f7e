// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaignloader.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace {

using Problem = ResponseInterpreter::Problem;
using Result = ResponseInterpreter::Result;

Result unreadable(const QString &message)
{
    qCDebug(lcModel) << "file not loaded:" << message;
    return {Problem::Unreadable, message, nullptr};
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString readFailure(const QString &file, const QString &reason)
{
    return CampaignLoader::tr("Could not read %1: %2").arg(file, reason);
}

// Checks what can be known without reading, so a huge or odd file is refused at once.
QString fileProblem(const QFileInfo &info, const QString &file)
{
    if (!info.exists())
        return CampaignLoader::tr("The file %1 does not exist.").arg(file);
    if (info.isDir())
        return CampaignLoader::tr("%1 is a folder, not a file.").arg(file);
    // Opening a pipe blocks until a writer comes, and a device may never end: the worker would
    // hang, and the loader waits for its workers. QFileInfo looks through links for this.
    if (!info.isFile())
        return CampaignLoader::tr("%1 is not a regular file (perhaps a pipe or a device); only "
                                  "files can be opened.")
            .arg(file);
    if (info.size() > CampaignLoader::maxFileBytes) {
        return CampaignLoader::tr("The file %1 is too large to open (%2 MiB; the limit is "
                                  "%3 MiB).")
            .arg(file, mebibytes(info.size()), mebibytes(CampaignLoader::maxFileBytes));
    }
    return {};
}

Result readAndInterpret(const QString &path, const CampaignLoader::StaleCheck &isStale)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString problem = fileProblem(QFileInfo(path), file);
    if (!problem.isEmpty())
        return unreadable(problem);

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return unreadable(readFailure(file, input.errorString()));
    // The size is checked again while reading: a growing file has no honest size.
    const QByteArray bytes = input.read(CampaignLoader::maxFileBytes + 1);
    if (input.error() != QFileDevice::NoError)
        return unreadable(readFailure(file, input.errorString()));
    if (bytes.size() > CampaignLoader::maxFileBytes) {
        return unreadable(CampaignLoader::tr("The file %1 is too large to open (the limit is "
                                             "%2 MiB).")
                              .arg(file, mebibytes(CampaignLoader::maxFileBytes)));
    }
    if (isStale())
        return {};
    return ResponseInterpreter::interpretFile(bytes, path);
}

} // namespace

CampaignLoader::CampaignLoader(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<ResponseInterpreter::Result>();
}

CampaignLoader::~CampaignLoader()
{
    // No result is wanted any more: running jobs stop at their next check, then are joined so
    // that no thread outlives the loader.
    m_latest->store(++m_generation);
    const QList<QThread *> workers = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *worker : workers)
        worker->wait();
}

void CampaignLoader::loadResponse(const HttpResponse &response)
{
    start([response](const StaleCheck &) {
        return ResponseInterpreter::interpretResponse(response);
    });
}

void CampaignLoader::loadFile(const QString &path)
{
    start([path](const StaleCheck &isStale) { return readAndInterpret(path, isStale); });
}

void CampaignLoader::loadBytes(const QByteArray &bytes, const QString &sourceName)
{
    start([bytes, sourceName](const StaleCheck &) {
        return ResponseInterpreter::interpretFile(bytes, sourceName);
    });
}

void CampaignLoader::start(Job job)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;

    QThread *worker = QThread::create([this, job = std::move(job), generation, latest] {
        const StaleCheck isStale = [&latest, generation] { return latest->load() != generation; };
        if (isStale())
            return;
        const Result result = job(isStale);
        if (isStale())
            return;
        // Queued with the loader as context: if the loader is gone, the call is dropped.
        QMetaObject::invokeMethod(
            this, [this, generation, result] { deliver(generation, result); },
            Qt::QueuedConnection);
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void CampaignLoader::deliver(quint64 generation, const ResponseInterpreter::Result &result)
{
    if (generation != m_generation)
        return;
    Q_EMIT loaded(result);
}
