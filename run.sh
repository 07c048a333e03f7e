#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
# SPDX-License-Identifier: MIT
#
# Installs what is needed, builds, and starts the app on the bundled sample campaign.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh
cmake -S . -B build-app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build build-app --target campaign-inspector
exec build-app/app/campaign-inspector --sample "$@"
