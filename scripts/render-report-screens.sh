#!/usr/bin/env bash
# Renders the first page of two reports on the sample's Dinas Kesehatan, as tepat-cli report
# writes them on F4 (landscape), for the README (pdftoppm, 70 dpi):
#   docs/images/report-pengukuran.png   the Pengukuran Kinerja of the kepala dinas's PK
#   docs/images/report-lkjip.png        the LKjIP chapter III tables
# Run it again when the layout changes.
# Usage: scripts/render-report-screens.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target tepat-cli tepat-sample
cli=$build/app/tepat-cli
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=$build/resources/samples/deli-serdang.tepat
mkdir -p docs/images
for kind in pengukuran lkjip; do
    "$cli" report "$kind" "$sample" --year 2026 --quarter 3 --opd 1.02.0.00.0.00.01.0000 \
        --paper f4 --out "$work/$kind.pdf" > /dev/null
    pdftoppm -r 70 -png -f 1 -l 1 -singlefile "$work/$kind.pdf" "docs/images/report-$kind"
done
ls -l docs/images/report-pengukuran.png docs/images/report-lkjip.png
