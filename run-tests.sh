#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
# SPDX-License-Identifier: MIT
#
# Installs what is needed, builds, and runs every test on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
    -DINSPECTOR_WERROR="${INSPECTOR_WERROR:-OFF}"
cmake --build build
ctest --test-dir build --output-on-failure --timeout 300
