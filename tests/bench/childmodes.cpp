// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "childmodes.h"

#include "benchclock.h"
#include "childprocess.h"
#include "loadbench.h"
#include "mainwindow.h"
#include "paintprobe.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

#include <cstdio>
#include <cstring>

namespace {

constexpr int childTimeoutMs = 60'000;

void report(const char *key, double value)
{
    std::printf("%s=%.3f\n", key, value);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Milliseconds since the parent started this process, from the time it passed along.
double msSinceProcessStart()
{
    const qint64 start = qgetenv(ChildProcess::startTimeVariable).toLongLong();
    return double(BenchClock::monotonicNs() - start) / 1e6;
}

// The same names and icon as campaign-inspector's main(), so settings paths and the start-up
// work match the real application.
void setUpLikeTheApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("campaign-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("campaign-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Campaign Inspector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-inspector.svg")));
}

int runParse(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (document.isNull())
        return fail(QStringLiteral("%1 does not parse").arg(path));
    report("rss_kb", double(ChildModes::peakRssKb()));
    return 0;
}

int runLoadView(const QString &path)
{
    QString error;
    LoadBench bench;
    if (!bench.showView(&error))
        return fail(error);
    const double loadMs = bench.loadFile(path, &error);
    if (loadMs < 0)
        return fail(error);
    report("load_ms", loadMs);
    report("rss_kb", double(ChildModes::peakRssKb()));
    return 0;
}

int runLoadWindow(const QString &path)
{
    MainWindow window;
    PaintProbe probe(window.treeView()->viewport());
    window.show();
    if (!probe.wait(childTimeoutMs))
        return fail(QStringLiteral("the main window was never painted"));

    // Only a paint after the campaign is shown counts; the window may repaint before that.
    bool shown = false;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::campaignShown, &probe, [&] {
        shown = true;
        probe.arm();
        loop.quit();
    });
    QObject::connect(&window, &MainWindow::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(childTimeoutMs, &loop, &QEventLoop::quit);
    const qint64 start = BenchClock::monotonicNs();
    window.openFile(path);
    if (!shown)
        loop.exec();
    if (!shown || !probe.wait(childTimeoutMs))
        return fail(QStringLiteral("the main window did not show %1").arg(path));
    report("load_ms", double(BenchClock::monotonicNs() - start) / 1e6);
    report("rss_kb", double(ChildModes::peakRssKb()));
    return 0;
}

int runStartup(QWidget &window)
{
    PaintProbe probe(&window);
    window.show();
    if (!probe.wait(childTimeoutMs))
        return fail(QStringLiteral("the window was never painted"));
    report("startup_ms", msSinceProcessStart());
    return 0;
}

int runWindowJob(const QString &job, const QString &path)
{
    if (job == ChildModes::loadView)
        return runLoadView(path);
    if (job == ChildModes::loadWindow)
        return runLoadWindow(path);
    if (job == ChildModes::emptyWindow) {
        QWidget window;
        window.resize(1280, 800);
        return runStartup(window);
    }
    if (job == ChildModes::labelWindow) {
        // The smallest window with text: it pays for loading the fonts, as every real one does.
        QWidget window;
        window.resize(1280, 800);
        QLabel label(QStringLiteral("Campaign Inspector"), &window);
        return runStartup(window);
    }
    if (job == ChildModes::mainWindow) {
        MainWindow window;
        return runStartup(window);
    }
    return fail(QStringLiteral("unknown child job %1").arg(job));
}

} // namespace

bool ChildModes::isChild(int argc, char *argv[])
{
    return argc > 2 && std::strcmp(argv[1], "--child") == 0;
}

int ChildModes::run(int argc, char *argv[])
{
    const QString job = QString::fromLocal8Bit(argv[2]);
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    // Parsing alone needs no application object at all: that is the floor.
    if (job == parse)
        return runParse(path);

    QApplication app(argc, argv);
    // The baselines stay bare Qt programs; everything else starts like the application.
    if (job != emptyWindow && job != labelWindow)
        setUpLikeTheApplication();
    return runWindowJob(job, path);
}

qint64 ChildModes::peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}
