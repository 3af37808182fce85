#!/bin/sh
# Runs a test on a private D-Bus session bus of its own (no keyring), under a temporary HOME and
# XDG folders: a test may register services on it (a fake notification server) and write
# ~/.config/autostart without touching the user's.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- "$@"
