// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "schedulecommand.h"
int ScheduleCommand::run(const QStringList &) { return 2; }
