// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "inspector.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "inspector.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "inspector.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "inspector.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "inspector.ui", QtInfoMsg)
