#!/usr/bin/env bash
# Renders the statement and the lampiran of the sample's Dinas Kesehatan PK, as export-pdf writes
# them, to docs/images/pk-statement.png and docs/images/pk-lampiran.png (pdftoppm, 70 dpi), the
# pictures in docs/pk-document.md. Run it again when the layout changes.
# Usage: scripts/render-pk-screens.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target tepat-cli tepat-sample
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen "$build/app/tepat-cli" export-pdf \
    "$build/resources/samples/deli-serdang.tepat" --year 2026 \
    --opd 1.02.0.00.0.00.01.0000 --level kepala-opd --out "$work/pk.pdf" > /dev/null
mkdir -p docs/images
pdftoppm -r 70 -png -f 1 -l 1 -singlefile "$work/pk.pdf" docs/images/pk-statement
pdftoppm -r 70 -png -f 2 -l 2 -singlefile "$work/pk.pdf" docs/images/pk-lampiran
ls -l docs/images/pk-statement.png docs/images/pk-lampiran.png
