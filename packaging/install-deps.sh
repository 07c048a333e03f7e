#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
# SPDX-License-Identifier: MIT
#
# Installs what Campaign Inspector needs to build, test and run on Debian 12 (bookworm).
#   packaging/install-deps.sh          build and run
#   packaging/install-deps.sh --test   also what the tests and screenshots need
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    tzdata fonts-dejavu-core
)
# The tests' HTTP(S) server is a QTcpServer/QSslServer responder (see tests/testserver.h), so
# they need no Qt HttpServer; openssl makes their certificate, Xvfb serves screenshots.
test_packages=(openssl xvfb xauth imagemagick)

if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_packages[@]}")
fi

sudo=""
if [[ "$(id -u)" != 0 ]]; then
    sudo="sudo"
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done

if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
