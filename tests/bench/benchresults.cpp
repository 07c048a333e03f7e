// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "benchresults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

// The table is developer output, like a compiler's: it is not translated.
namespace {

QString figure(double value, int decimals = 1)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

QString verdict(double value, double target)
{
    if (value < 0)
        return QStringLiteral("NOT MEASURED");
    return value <= target ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

void row(QTextStream &out, const QString &name, const QString &value, const QString &note = {})
{
    out << "  " << name.leftJustified(40, u' ') << value.rightJustified(12, u' ');
    if (!note.isEmpty())
        out << "   " << note;
    out << '\n';
}

void targetRow(QTextStream &out, const QString &name, double value, double target)
{
    row(out, name, figure(value, 2),
        QStringLiteral("target <= %1  %2").arg(figure(target, 2), verdict(value, target)));
}

QString runsText(const QList<double> &runs)
{
    QStringList texts;
    for (double run : runs)
        texts << figure(run);
    return texts.join(u' ');
}

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

} // namespace

void BenchResults::printTable(QTextStream &out) const
{
    out << "\nCampaign Inspector benchmark: " << contactLists << " contact lists, "
        << figure(double(fileBytes) / (1024 * 1024)) << " MiB\n\n";
    row(out, QStringLiteral("parse_ms (bare fromJson, median)"), figure(parseMs));
    row(out, QStringLiteral("load_ms (loader+model+view, median)"), figure(loadMs));
    row(out, QStringLiteral("  CPU ms: parse / load (all threads)"),
        figure(parseCpuMs) + u" / " + figure(loadCpuMs));
    row(out, QStringLiteral("  of which UI thread: result to painted"), figure(showMs));
    row(out, QStringLiteral("  same from the file (loadFile)"), figure(loadFileMs));
    row(out, QStringLiteral("  MainWindow::openFile to painted"), figure(windowLoadMs));
    row(out, QStringLiteral("expand contactLists to painted (ms)"), figure(expandListMs));
    row(out, QStringLiteral("scroll to its last row, painted (ms)"), figure(scrollEndMs));
    row(out, QStringLiteral("peak RSS, parse only (MiB)"), figure(parseRssKb / 1024));
    row(out, QStringLiteral("peak RSS, MainWindow loaded (MiB)"), figure(loadRssKb / 1024));
    row(out, QStringLiteral("peak RSS, loader+model+view (MiB)"), figure(loadViewRssKb / 1024));
    row(out, QStringLiteral("start-up, empty QWidget (ms, median)"), figure(emptyStartupMs),
        runsText(emptyStartupRuns));
    row(out, QStringLiteral("start-up, QWidget+QLabel (ms, median)"), figure(labelStartupMs),
        runsText(labelStartupRuns));
    row(out, QStringLiteral("start-up, MainWindow (ms, median)"), figure(windowStartupMs),
        runsText(windowStartupRuns));
    row(out, QStringLiteral("fetch 20 MB to painted, window (ms)"), figure(fetchTotalMs));
    row(out, QStringLiteral("max UI stall, MainWindow (ms)"), figure(maxStallMs),
        QStringLiteral("ended after: ") + maxStallWhere);
    row(out, QStringLiteral("  UI-thread CPU inside that gap (ms)"), figure(maxStallCpuMs));
    row(out, QStringLiteral("  most UI-thread CPU between beats"), figure(maxBusyMs),
        QStringLiteral("ended after: ") + maxBusyWhere);
    row(out, QStringLiteral("max UI stall, parts alone (ms)"), figure(componentStallMs),
        QStringLiteral("ended after: ") + componentStallWhere);
    for (const auto &[step, ms] : stallEvents)
        row(out, QStringLiteral("  window fetch: ") + step, figure(ms), QStringLiteral("ms"));

    out << '\n';
    targetRow(out, QStringLiteral("load_ratio"), loadRatio(), loadRatioTarget);
    targetRow(out, QStringLiteral("rss_ratio"), rssRatio(), rssRatioTarget);
    targetRow(out, QStringLiteral("startup_ratio"), startupRatio(), startupRatioTarget);
    targetRow(out, QStringLiteral("max_stall_ms"), maxStallMs, maxStallTarget);
    for (const QString &problem : problems)
        out << "  problem: " << problem << '\n';
    out << Qt::endl;
}

QByteArray BenchResults::jsonLine() const
{
    const QJsonObject object{
        {QStringLiteral("load_ratio"), rounded(loadRatio())},
        {QStringLiteral("rss_ratio"), rounded(rssRatio())},
        {QStringLiteral("startup_ratio"), rounded(startupRatio())},
        {QStringLiteral("max_stall_ms"), rounded(maxStallMs)},
        {QStringLiteral("parse_ms"), rounded(parseMs)},
        {QStringLiteral("load_ms"), rounded(loadMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
