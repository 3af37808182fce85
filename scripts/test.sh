#!/usr/bin/env bash
# Quick start, second command (and what CI runs): installs what is missing, builds everything
# with warnings on, runs the whole test suite through CTest, then fuzzes the API parser briefly.
#   MF_TEST_JOBS      parallel tests (default: number of cores)
#   MF_FUZZ_SECONDS   fuzzing time (default 60; 0 skips it)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${MF_BUILD_DIR:-$src/build}
jobs=${MF_TEST_JOBS:-$(nproc)}

bash "$src/scripts/deps.sh" test
MF_BUILD_DIR=$build bash "$src/scripts/build.sh"

# No display is needed: GUI tests run on the offscreen platform, keychain tests start their own
# D-Bus session and gnome-keyring (tests/with-keyring.sh).
unset DISPLAY WAYLAND_DISPLAY
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 900

if [ "${MF_FUZZ_SECONDS:-60}" != 0 ]; then
    MF_FUZZ_BUILD_DIR="$build-fuzz" bash "$src/tests/fuzz/run-fuzz.sh"
fi
echo "test.sh: all tests passed"
