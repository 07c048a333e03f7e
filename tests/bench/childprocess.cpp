// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "childprocess.h"

#include "benchclock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>


namespace {

QHash<QString, QString> parseValues(const QByteArray &output)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)),
                          QString::fromUtf8(line.mid(equals + 1)).trimmed());
    }
    return values;
}

QString describeFailure(QProcess &process, const QStringList &arguments)
{
    const QString what = arguments.join(u' ');
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.error() != QProcess::UnknownError)
        return QStringLiteral("child '%1' failed: %2 %3")
            .arg(what, process.errorString(), stderrText);
    return QStringLiteral("child '%1' exited with %2: %3")
        .arg(what)
        .arg(process.exitCode())
        .arg(stderrText);
}

} // namespace

ChildProcess::Result ChildProcess::run(const QStringList &arguments, int timeoutMs)
{
    Result result;
    QTemporaryDir configHome;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());

    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    // Taken last, so the child's start-up figure includes fork, exec and dynamic loading.
    environment.insert(QString::fromLatin1(startTimeVariable),
                       QString::number(BenchClock::monotonicNs()));
    process.setProcessEnvironment(environment);
    process.start();

    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = QStringLiteral("child '%1' did not finish within %2 ms")
                           .arg(arguments.join(u' '))
                           .arg(timeoutMs);
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = describeFailure(process, arguments);
        return result;
    }
    result.values = parseValues(process.readAllStandardOutput());
    return result;
}
