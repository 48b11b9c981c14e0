#!/usr/bin/env bash
# Installs everything Tepat needs to build, test and run on Debian 12, from Debian's archive.
# Safe to run again: apt-get skips what is already there, and the package lists are refreshed
# only when a package is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev
    libexpected-dev catch2
    clang-format
    poppler-utils xvfb xauth fonts-liberation sqlite3
    libqrencode-dev zbar-tools fonts-liberation2
    libxlsxwriter-dev unzip
    desktop-file-utils appstream man-db shared-mime-info debootstrap
    qt6-svg-dev
    libzip-dev
    libssl-dev openssl
    libqt6sql6-psql postgresql postgresql-client
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
