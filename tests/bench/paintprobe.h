// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// Tells when a widget has really been painted. It watches the widget's paint events and
// reports once the event loop is back from the paint pass that contained one, which is when
// the pixels are in the backing store and a user would see them.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *watched, QObject *parent = nullptr);

    // Forgets paints seen so far; the next wait() waits for a new one.
    void arm();
    // Runs the event loop until a paint has finished or the time is up; true when painted.
    bool wait(int timeoutMs);
    bool hasPainted() const { return m_finished; }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
    bool m_finished = false;
};
