#!/usr/bin/env bash
# Renders the README's pictures from the bundled sample workspace, so they follow the program:
# docs/images/main-window.png, review-mode.png and realisasi.png at 1366×768 (the laptop size most
# users have), and the results dashboard in review colours at that size and at 1920×1080 (a
# projector), dashboard-1366x768.png and dashboard-1920x1080.png, and the main dialogs at their own
# size, dialog-*.png, in Bahasa Indonesia, on Qt's offscreen platform with the Fusion style.
# Usage: scripts/screenshots.sh [BUILD_DIR] [WxH] [OUT_DIR]
set -euo pipefail

build=${1:-build}
size=${2:-1366x768}
out=${3:-docs/images}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so the sample is not locked or touched, and private settings in Bahasa Indonesia.
cp "$build/resources/samples/deli-serdang.tepat" "$work/deli-serdang.tepat"
mkdir -p "$work/config/Tepat"
printf '[ui]\nlanguage=id\n\n[review]\nauthor=Inspektorat\nscale=1.75\n' >"$work/config/Tepat/Tepat.conf"
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
    "$build/app/tepat" -style Fusion --screenshots "$out" --size "$size" "$work/deli-serdang.tepat"
echo "wrote $out/main-window.png, $out/review-mode.png, $out/realisasi.png ($size)," \
    "$out/dashboard-$size.png, $out/dashboard-1920x1080.png and the dialogs, $out/dialog-*.png"
