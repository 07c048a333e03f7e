// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghourspanel.h"

CallingHoursPanel::CallingHoursPanel(QWidget *parent)
    : QWidget(parent)
{
}

CallingHoursPanel::~CallingHoursPanel() = default;
