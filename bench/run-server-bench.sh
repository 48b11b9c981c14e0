#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (tests/server/start-server.sh), runs the load program on a fresh
# database in it and stops it: 20 penyusun on 20 OPDs and 2 admins on the same objects for
# SECONDS (default 60), on a pemda of INDICATORS (default 10 000) indicators.
# Usage: bench/run-server-bench.sh BUILD_DIR [SECONDS] [INDICATORS] [THINK_MS]
set -euo pipefail
build=$(realpath "${1:?usage: bench/run-server-bench.sh BUILD_DIR [SECONDS] [INDICATORS] [THINK_MS]}")
here=$(dirname "$(realpath "$0")")
info=$(mktemp "${TMPDIR:-/tmp}/tepat-bench-server.XXXXXX")
trap '"$here/../tests/server/stop-server.sh" "$info"' EXIT
"$here/../tests/server/start-server.sh" "$info"
url=$(sed -n 1p "$info")
"$(sed -n 3p "$info")/psql" -X -q -d "$url" -c "CREATE DATABASE bench"
"$build/bench/tepat-bench-server" "${url%/postgres}/bench" "${2:-60}" "${3:-10000}" "${4:-0}"
