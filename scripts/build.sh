#!/usr/bin/env bash
# Configures and builds into build/ (override with MF_BUILD_DIR); everything, or only the
# targets in MF_BUILD_TARGETS.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${MF_BUILD_DIR:-$src/build}
type=${MF_BUILD_TYPE:-RelWithDebInfo}
targets=()
for t in ${MF_BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" ${MF_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
