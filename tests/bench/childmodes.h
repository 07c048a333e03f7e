// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// What the benchmark does when it runs as its own child: one small job whose peak memory or
// start-up time is the measurement. Each job prints `key=value` lines for ChildProcess.
namespace ChildModes {

inline const QString flag = QStringLiteral("--child");

// The jobs, named as they are passed after --child.
inline const QString parse = QStringLiteral("parse");             // FILE: bare fromJson
inline const QString loadView = QStringLiteral("load-view");      // FILE: loader, model, view
inline const QString loadWindow = QStringLiteral("load-window");  // FILE: MainWindow::openFile
inline const QString emptyWindow = QStringLiteral("empty-window"); // a plain QWidget
inline const QString labelWindow = QStringLiteral("label-window"); // a QWidget with one label
inline const QString mainWindow = QStringLiteral("main-window");  // the application window

bool isChild(int argc, char *argv[]);
int run(int argc, char *argv[]);

// Peak resident memory of this process (VmHWM), in KiB, or -1 when unknown.
qint64 peakRssKb();

} // namespace ChildModes
