#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds, starts mf-sandbox seeded with the
# demo organization (and the wordpress site) and opens Managed Desktop signed in to it. Closing the window stops the sandbox.
#   MF_DEMO_DATA   sandbox state (default: $XDG_DATA_HOME/mf-sandbox/demo); kept between runs,
#                  so snapshots and restores you make stay. Delete the folder to start over.
#   MF_DEMO_LISTEN API address (default 127.0.0.1:8470; 127.0.0.1:0 picks a free port)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${MF_BUILD_DIR:-$src/build}
data=${MF_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/mf-sandbox/demo}
listen=${MF_DEMO_LISTEN:-127.0.0.1:8470}

bash "$src/scripts/deps.sh" run
MF_BUILD_TARGETS="mf-desktop mf mf-sandbox" bash "$src/scripts/build.sh"

mkdir -p "$data"
ready=$(mktemp)
cleanup() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -f "$ready"
    [ -n "${keyring:-}" ] && rm -rf "$keyring"
    return 0
}
trap cleanup EXIT INT TERM

# --catch-up: the seed's history is daily, so hourly schedules (agency and enterprise production)
# and never-run ones take their backup now, as a platform that had been running would show.
# `wordpress` adds harbor-press, a WordPress-like site with 30 nightly snapshots to explore and compare.
"$build/sandbox/mf-sandbox" --listen "$listen" --data "$data" --seed demo,wordpress --catch-up --ready-json \
    >"$ready" 2>"$data/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 600); do
    grep -q '"event":"ready"' "$ready" 2>/dev/null && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "mf-sandbox did not start:" >&2
        tail -n 20 "$data/sandbox.log" >&2
        exit 1
    fi
    sleep 0.1
done
field() { python3 -c 'import json,sys; v=json.loads(sys.stdin.readline()).get(sys.argv[1]); print(v or "")' "$1" <"$ready"; }
api=$(field api)
key=$(field key)
if [ -z "$key" ]; then
    # Seeded on an earlier run, whose key was printed once and not kept: make a fresh one.
    key=$("$build/sandbox/mf-sandbox" keys create --data "$data" | grep -o 'mfk_[A-Za-z0-9_]*' | head -n 1)
fi

echo "mf-sandbox: $api (data: $data, log: $data/sandbox.log)"
echo "Try the CLI in another terminal:  MF_API_URL=$api MF_API_KEY=$key $build/app/cli/mf site list"

run_app=("$build/app/desktop/mf-desktop" --connect "$api")
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)   # mode 0700, as Qt and D-Bus expect
    export XDG_RUNTIME_DIR
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    # No desktop session (a server, a container, root over ssh): no Secret Service to keep the
    # key in. Give the app a private D-Bus session with a throwaway keyring, unlocked, so the key
    # still goes to a real keychain (never to a file) and no keyring password prompt appears.
    keyring=$(mktemp -d)
    run_app=(dbus-run-session -- sh -c \
        'echo -n demo | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        "$keyring" "${run_app[@]}")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running the app on a virtual one (Xvfb); stop with Ctrl+C."
    run_app=(xvfb-run -a -s "-screen 0 1400x900x24" "${run_app[@]}")
fi
MF_API_KEY=$key "${run_app[@]}"
