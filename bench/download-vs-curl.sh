#!/usr/bin/env bash
# `mf snapshot download` against `curl -o` (+ `openssl dgst -sha256` for the hash it does not do),
# alternated in one run with no settle pauses: CPU time, wall time, page faults and peak memory.
#
#   bench/download-vs-curl.sh [BUILD_DIR] [SIZE_MB] [ROUNDS]
#
# BUILD_DIR (default build, optimised: Release or RelWithDebInfo) holds sandbox/mf-sandbox,
# app/cli/mf and, with ENGINES=1, bench/transfer/mf-download-bench (the same download engine
# without mf's start-up and API look-ups).
#
# Set-up: mf-sandbox seeded with big:SIZE_MB (default 1024) of incompressible data and a second
# one with big:SIZE_MB/4 for the parallel runs. nginx proxies each sandbox's API and rewrites its
# 302 to a storage origin of its own (another loopback port), which serves the archive from a
# file with sendfile: mf runs exactly as against the platform (look up the snapshot, GET the
# download with the key, follow the 302 to another origin without it, stream into .part, SHA-256,
# verify, rename) while the bytes come from nginx. curl fetches the same file from the same
# storage origin and verifies nothing; `openssl dgst -sha256` of the file curl wrote is the
# price of the hash, so "curl + sha" is the CPU yardstick for a verified download.
#
# For each target folder (TARGETS, default "tmpfs disk": /dev/shm and /var/tmp) and each mode
# (single: one download of SIZE_MB; parallel: four of SIZE_MB/4 at once), ROUNDS rounds (default
# 5) alternate who goes first. Each run: wall time around the process(es), CPU time (user+sys,
# summed over parallel processes), page faults (minor+major, /usr/bin/time %R+%F, summed) and peak
# RSS (the largest single process). Printed: medians, and the goals of issue 14:
#   CPU  mf <= 1.15 x (curl + sha)     wall  mf <= 1.10 x curl
#   page faults <= 5000 per GiB        peak RSS <= 64 MiB
# ENGINES=1 adds the engine-only program as "engine" (what mf's start-up and API calls cost).
# MF_BASELINE=/path/to/another/mf adds that build of mf as "mf-base" (before/after in one run).
set -euo pipefail

BUILD_DIR=$(realpath "${1:-build}")
SIZE_MB=${2:-1024}
ROUNDS=${3:-5}
PARALLEL=4
TARGETS=${TARGETS:-tmpfs disk}
ENGINES=${ENGINES:-0}
SANDBOX=${MF_SANDBOX:-$BUILD_DIR/sandbox/mf-sandbox} # mf-sandbox from another build, if wanted
MF="$BUILD_DIR/app/cli/mf"
ENGINE="$BUILD_DIR/bench/transfer/mf-download-bench"
for tool in "$SANDBOX" "$MF" /usr/sbin/nginx /usr/bin/time curl openssl python3; do
    [[ -x "$tool" ]] || command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
engines=()
[[ -n ${MF_BASELINE:-} ]] && engines+=(mf-base)
if [[ $ENGINES == 1 ]]; then
    [[ -x $ENGINE ]] && engines+=(engine)
fi

WORK=$(mktemp -d /tmp/mf-bench-download.XXXXXX)
SHM=$(mktemp -d /dev/shm/mf-bench-download.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK" "$SHM"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())[sys.argv[1]])' "$1"; }

# sandbox NAME MB: starts mf-sandbox seeded with big:MB; sets API_<NAME>, KEY_<NAME>, SNAP_<NAME>,
# and fetches the archive once into $WORK/www/NAME.tar.gz (SHA_<NAME>, STORAGE_<NAME>).
sandbox() {
    local name=$1 mb=$2 dir="$WORK/sandbox-$1"
    echo "== seeding mf-sandbox with big:$mb (once; a while for 1 GiB)"
    "$SANDBOX" --listen 127.0.0.1:0 --data "$dir" --seed "big:$mb" --ready-json \
        --storage-redirect --no-schedule >"$WORK/ready-$name.json" 2>"$WORK/sandbox-$name.log" &
    PIDS+=($!)
    local pid=$!
    for _ in $(seq 1 1200); do
        [[ -s "$WORK/ready-$name.json" ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$WORK/sandbox-$name.log" >&2; exit 1; }
        sleep 0.5
    done
    local api key snap
    api=$(json_field api <"$WORK/ready-$name.json")
    key=$(json_field key <"$WORK/ready-$name.json")
    snap=$(curl -sf -H "Authorization: Bearer $key" "$api/sites/big-site/snapshots" |
           python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin)["data"] if s["status"]=="ready"][0])')
    mkdir -p "$WORK/www"
    curl -sfL -H "Authorization: Bearer $key" -D "$WORK/headers-$name" -o "$WORK/www/$name.tar.gz" \
        "$api/sites/big-site/snapshots/$snap/download"
    printf -v "API_$name" %s "$api"
    printf -v "KEY_$name" %s "$key"
    printf -v "SNAP_$name" %s "$snap"
    printf -v "SHA_$name" %s "$(grep -i '^x-checksum-sha256:' "$WORK/headers-$name" | tail -1 | tr -d '\r' | awk '{print $2}')"
    printf -v "STORAGE_$name" %s "$(grep -i '^location:' "$WORK/headers-$name" | head -1 | tr -d '\r' |
                                      sed -E 's#^[Ll]ocation: *(https?://[^/]+)/.*#\1#')"
}
sandbox big "$SIZE_MB"
sandbox quarter $((SIZE_MB / PARALLEL))
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www"/*.tar.gz

# Per archive: an API origin (nginx -> mf-sandbox, its 302 rewritten to our storage origin) and a
# storage origin that answers every path with the archive.
mkdir -p "$WORK/nginx"
servers=""
for name in big quarter; do
    api_port=$(free_port); storage_port=$(free_port)
    api_var="API_$name"; sha_var="SHA_$name"; storage_var="STORAGE_$name"
    origin=$(echo "${!api_var}" | sed -E 's#^(https?://[^/]+)/.*#\1#')
    printf -v "MFAPI_$name" %s "http://127.0.0.1:$api_port/v1"
    printf -v "URL_$name" %s "http://127.0.0.1:$storage_port/storage/$name.tar.gz"
    servers+="
    server {
        listen 127.0.0.1:$api_port;
        location /v1/ {
            proxy_pass $origin;
            proxy_redirect ${!storage_var}/ http://127.0.0.1:$storage_port/storage/;
        }
    }
    server {
        listen 127.0.0.1:$storage_port;
        root $WORK/www;
        location /storage/ {
            try_files /$name.tar.gz =404;
            add_header X-Checksum-SHA256 ${!sha_var};
            add_header Content-Disposition 'attachment; filename=\"$name.tar.gz\"';
        }
    }"
done
cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $WORK/nginx/tmp;
    proxy_temp_path $WORK/nginx/tmp;
    fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp;
    scgi_temp_path $WORK/nginx/tmp;
    default_type application/gzip;
$servers
}
CONF
/usr/sbin/nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
PIDS+=($!)
for _ in $(seq 1 50); do curl -sf -o /dev/null -r 0-0 "$URL_big" && break; sleep 0.1; done
echo "archives: $(stat -c %s "$WORK/www/big.tar.gz") and $(stat -c %s "$WORK/www/quarter.tar.gz") bytes"

# command TOOL NAME OUT I: the command line of one download (or hash) of archive NAME into OUT.
command_for() {
    local tool=$1 name=$2 out=$3 i=$4
    local mfapi="MFAPI_$name" key="KEY_$name" snap="SNAP_$name" url="URL_$name"
    local mf=$MF
    [[ $tool == mf-base ]] && mf=$MF_BASELINE && tool=mf
    case $tool in
        mf) mkdir -p "$WORK/home$i" && chmod 700 "$WORK/home$i"
            echo env -i PATH=/usr/bin:/bin HOME="$WORK/home$i" XDG_RUNTIME_DIR="$WORK/home$i" \
                MF_API_URL="${!mfapi}" MF_API_KEY="${!key}" \
                "$mf" --json snapshot download "${!snap}" --site big-site -o "$out" ;;
        curl) echo curl -sf -o "$out/$name.tar.gz" "${!url}" ;;
        sha) echo openssl dgst -sha256 "$out/$name.tar.gz" ;;
        engine) echo "$ENGINE" "${!url}" "$out" ;;
    esac
}

# run TARGET MODE TOOL: one run (MODE single: 1 x big; parallel: PARALLEL x quarter at once);
# prints "TARGET MODE TOOL wall cpu faults peak_kib bytes".
run() {
    local target=$1 mode=$2 tool=$3 base name count
    base=$([[ $target == tmpfs ]] && echo "$SHM" || echo "$WORK")
    if [[ $mode == single ]]; then name=big; count=1; else name=quarter; count=$PARALLEL; fi
    [[ $tool == sha ]] || rm -rf "$base/out"
    local pids=() t0 t1 i
    t0=$(date +%s.%N)
    for ((i = 0; i < count; i++)); do
        mkdir -p "$base/out/$i"
        /usr/bin/time -f "%U %S %R %F %M" -o "$WORK/time.$i" $(command_for "$tool" "$name" "$base/out/$i" "$i") \
            >"$WORK/last.$i.out" 2>"$WORK/last.$i.err" &
        pids+=($!)
    done
    for ((i = 0; i < count; i++)); do
        wait "${pids[$i]}" || { echo "$tool failed:" >&2; cat "$WORK/last.$i.err" "$WORK/last.$i.out" >&2; exit 1; }
    done
    t1=$(date +%s.%N)
    local sha="SHA_$name"
    if [[ $tool == mf* ]]; then
        for ((i = 0; i < count; i++)); do
            grep -q "\"sha256\": *\"${!sha}\"" "$WORK/last.$i.out" ||
                { echo "mf did not verify the expected checksum:" >&2; cat "$WORK/last.$i.out" >&2; exit 1; }
        done
    fi
    local bytes=$(( $(stat -c %s "$WORK/www/$name.tar.gz") * count ))
    python3 - "$target" "$mode" "$tool" "$t0" "$t1" "$bytes" "$WORK"/time.* <<'PY'
import sys
target, mode, tool, t0, t1, nbytes = sys.argv[1:7]
cpu = faults = peak = 0
for path in sys.argv[7:]:
    u, s, minor, major, rss = open(path).read().split()[-5:]
    cpu += float(u) + float(s); faults += int(minor) + int(major); peak = max(peak, int(rss))
print(f"{target} {mode} {tool} {float(t1) - float(t0):.3f} {cpu:.2f} {faults} {peak} {nbytes}")
PY
    rm -f "$WORK"/time.*
}

for target in $TARGETS; do
    for mode in single parallel; do
        echo "== $target, $mode: $ROUNDS rounds (after one warm-up round not counted)"
        for round in $(seq 0 "$ROUNDS"); do
            tools=(mf curl sha "${engines[@]}")
            (( round % 2 )) && tools=(curl sha mf "${engines[@]}")
            for tool in "${tools[@]}"; do
                if [[ $round == 0 ]]; then run "$target" "$mode" "$tool" >/dev/null; else run "$target" "$mode" "$tool" | tee -a "$WORK/results"; fi
            done
        done
    done
done

python3 - "$WORK/results" "$ROUNDS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"\nmedians over {sys.argv[2]} rounds (cpu = user+sys; faults = minor+major; peak = largest process)")
for key in dict.fromkeys((r[0], r[1]) for r in rows):
    def med(tool, col):
        values = [float(r[col]) for r in rows if (r[0], r[1]) == key and r[2] == tool]
        return statistics.median(values) if values else None
    gib = med("curl", 7) / (1 << 30)
    curl_cpu, sha_cpu, curl_wall = med("curl", 4), med("sha", 4), med("curl", 3)
    print(f"{key[0]:6} {key[1]:8}: curl {curl_wall:.2f} s wall, {curl_cpu:.2f} s cpu, "
          f"{med('curl', 5) / gib:.0f} faults/GiB; sha256 {sha_cpu:.2f} s cpu")
    for tool in ("mf", "mf-base", "engine"):
        if med(tool, 3) is None:
            continue
        wall, cpu, faults, peak = med(tool, 3), med(tool, 4), med(tool, 5), max(
            float(r[6]) for r in rows if (r[0], r[1]) == key and r[2] == tool)
        print(f"  {tool:12} wall {wall:.2f} s = {wall / curl_wall:.2f} x curl (goal <= 1.10); "
              f"cpu {cpu:.2f} s = {cpu / (curl_cpu + sha_cpu):.2f} x (curl + sha) (goal <= 1.15); "
              f"{faults / gib:.0f} faults/GiB (goal <= 5000); peak {peak / 1024:.1f} MiB (goal <= 64)")
PY
