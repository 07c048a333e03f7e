// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Reading fixtures and written files, shared by the test programs.
namespace TestFiles {

// The bytes of tests/data/<name>; a missing fixture stops the test program at once.
inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// The bytes of any file, or an empty array when it cannot be read.
inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace TestFiles
