// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "paintprobe.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

PaintProbe::PaintProbe(QWidget *watched, QObject *parent)
    : QObject(parent)
{
    watched->installEventFilter(this);
}

void PaintProbe::arm()
{
    m_seen = false;
    m_finished = false;
}

bool PaintProbe::wait(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &PaintProbe::painted, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_finished;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The paint event is delivered before the widget paints; a zero timer fires only
        // after the whole paint pass, children included, has returned to the event loop.
        QTimer::singleShot(0, this, [this] {
            m_finished = true;
            Q_EMIT painted();
        });
    }
    return QObject::eventFilter(watched, event);
}
