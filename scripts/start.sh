#!/usr/bin/env bash
# The first command of the README: install what Tepat needs, build it, and start it on the
# bundled sample workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
exec build/app/tepat build/resources/samples/deli-serdang.tepat "$@"
