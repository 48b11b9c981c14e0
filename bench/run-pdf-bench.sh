#!/usr/bin/env bash
# Pages per second of Tepat's PDF export against LibreOffice converting the same PKs as ODT, on a
# synthetic 60-OPD workspace (180 PKs), and of the LKjIP tables of its OPDs. Not part of CI. LibreOffice is needed only here:
#   sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui
# Without it the script prints Tepat's figures alone.
# Usage: bench/run-pdf-bench.sh [BUILD_DIR] [INDICATORS]   (defaults: build 9100, 60 OPDs)
set -euo pipefail
build=${1:-build}
indicators=${2:-9100}
cmake --build "$build" --target tepat-bench-pdf
QT_QPA_PLATFORM=offscreen "$build/bench/tepat-bench-pdf" "$indicators"
