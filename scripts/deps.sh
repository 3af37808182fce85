#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build, run and test — only those missing.
# Usage: scripts/deps.sh [run|test]   (run: build + runtime; test: also the test tools)
set -euo pipefail
what=${1:-run}

build_pkgs=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-translations-l10n qtkeychain-qt6-dev libqt6svg6 qt6-qpa-plugins
    libarchive-dev libssl-dev libsqlite3-dev libgl-dev
    libcurl4-openssl-dev) # the download engine
run_pkgs=(dbus dbus-x11 gnome-keyring xvfb xauth python3 fonts-dejavu-core)
test_pkgs=(xvfb xauth dbus gnome-keyring libsecret-tools nginx-light curl nodejs npm
    desktop-file-utils appstream imagemagick python3 clang libclang-rt-14-dev debootstrap
    poppler-utils) # poppler-utils: pdftotext/pdftoppm read back mf report's PDF

pkgs=("${build_pkgs[@]}" "${run_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    # Node.js from elsewhere (NodeSource, nvm) brings its own npm and conflicts with Debian's:
    # a working command is enough.
    case "$p" in nodejs|npm) command -v "${p/nodejs/node}" >/dev/null && continue ;; esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#pkgs[@]} packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing packages: ${missing[*]}" >&2
    echo "deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
