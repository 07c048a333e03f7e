// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Campaign Inspector"));
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString &) { }

void MainWindow::openSample() { }
