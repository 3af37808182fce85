#!/usr/bin/env bash
# Takes the main-window screenshot the AppStream metainfo names (fleet, Acme Store's production
# timeline and snapshot table) from a fresh demo sandbox, under a virtual 1400x900 display.
#   scripts/screenshot-main.sh [LANGUAGE] [OUTPUT]
#   scripts/screenshot-main.sh                       -> docs/screenshots/main.png (English)
#   scripts/screenshot-main.sh de                    -> docs/screenshots/de-main.png
# Needs a build (scripts/build.sh) and xvfb, xauth, imagemagick and xdotool.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${MF_BUILD_DIR:-$src/build}
lang=${1:-en}
if [ "$lang" = en ]; then default_out=$src/docs/screenshots/main.png; else default_out=$src/docs/screenshots/$lang-main.png; fi
out=$(realpath -m "${2:-$default_out}")
for tool in xvfb-run import xdotool; do
    command -v "$tool" >/dev/null || { echo "screenshot-main.sh: $tool is missing (apt-get install xvfb xauth imagemagick xdotool)" >&2; exit 1; }
done

work=$(mktemp -d)
cleanup() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
    return 0
}
trap cleanup EXIT INT TERM

"$build/sandbox/mf-sandbox" --seed demo --catch-up --listen 127.0.0.1:0 --data "$work/data" --ready-json \
    >"$work/ready" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 600); do
    grep -q '"event":"ready"' "$work/ready" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || { tail -n 20 "$work/sandbox.log" >&2; exit 1; }
    sleep 0.1
done
field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())[sys.argv[1]])' "$1" <"$work/ready"; }

cat >"$work/shot.sh" <<SHOT
set -e
"$build/app/desktop/mf-desktop" --connect "$(field api)" & app=\$!
sleep 8
wid=\$(xdotool search --onlyvisible --name "Managed Desktop" | head -1)
xdotool windowmove \$wid 0 0 windowsize \$wid 1400 900; sleep 2
xdotool mousemove 103 231 click 1; sleep 4    # Acme Store / production
import -window root "$out"; kill \$app
SHOT
# A home of its own: no saved window layout, accounts or cache of the user's; the key stays in
# this run's memory (--connect with MF_API_KEY, no keychain).
locale=C.UTF-8
[ "$lang" = en ] || locale=${lang}_$(echo "$lang" | tr a-z A-Z).UTF-8
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache \
    XDG_DATA_HOME=$work/home/.local/share LANG=$locale LANGUAGE=$lang MF_API_KEY=$(field key) \
    xvfb-run -a -s "-screen 0 1400x900x24" sh "$work/shot.sh"
echo "screenshot-main.sh: wrote $out"
