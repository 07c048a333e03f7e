// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "fetchcommand.h"
int FetchCommand::run(const QStringList &) { return UsageError; }
