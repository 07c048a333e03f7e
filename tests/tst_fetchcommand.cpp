// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include <QTest>

// Placeholder until the area's tests land.
class Tstfetchcommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QSKIP("needs the tests of this area"); }
};

QTEST_GUILESS_MAIN(Tstfetchcommand)
#include "tst_fetchcommand.moc"
