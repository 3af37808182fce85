#!/usr/bin/env bash
# `mf snapshot download` vs `curl -o`, the same archive from the same server, alternating, in one run.
#
#   bench/download-vs-curl.sh [BUILD_DIR] [SIZE_MB] [ROUNDS]
#
# SETTLE_SECONDS (default 3) is the pause after the sync that precedes every run: freeing the
# previous run's 1 GiB of page cache keeps the kernel busy for a moment (on a VM it hands the
# pages back to the host), and a run started in that moment loses up to 2x to it. mf, whose
# hash and writer threads want both cores, suffers most from it.
#
# BUILD_DIR (default: build) must hold sandbox/mf-sandbox and app/cli/mf, built optimised
# (Release or RelWithDebInfo). mf-sandbox --seed big:SIZE_MB (default 1024) makes a snapshot of
# incompressible data. Three set-ups, each for ROUNDS rounds (default 5), alternating who goes first:
#   nginx      - the archive, fetched once, served from disk by nginx (sendfile) at the storage
#                URL; nginx also proxies the API to mf-sandbox, so `mf` runs exactly as against
#                the platform (look up the snapshot, GET its download, follow the 302 to storage)
#                while the bytes come from nginx. curl fetches the same file from the same nginx.
#   nginx-NM   - the same, the storage answers at most LIMIT_MBPS (default 250) MB/s per
#                connection: a fast real network, where the download is not bound by the CPU.
#   mf-sandbox - the API and its storage origin (302 to a signed URL); curl -L with the key.
# mf streams, hashes (SHA-256 on its own thread), verifies against X-Checksum-SHA256 and renames
# into place; curl verifies nothing. Prints wall time and peak RSS of each, and per server the
# ratio of the medians (goal <= 1.05) and mf's peak memory (goal <= 64 MiB).
set -euo pipefail

BUILD_DIR=$(realpath "${1:-build}")
SIZE_MB=${2:-1024}
SANDBOX="$BUILD_DIR/sandbox/mf-sandbox"
MF="$BUILD_DIR/app/cli/mf"
ROUNDS=${3:-5}
SETTLE_SECONDS=${SETTLE_SECONDS:-3}
LIMIT_MBPS=${LIMIT_MBPS:-250}
for tool in "$SANDBOX" "$MF" /usr/sbin/nginx /usr/bin/time curl python3; do
    [[ -x "$tool" ]] || command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/mf-bench-download.XXXXXX)
SANDBOX_PID=""
NGINX_PID=""
cleanup() {
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
    [[ -n "$SANDBOX_PID" ]] && kill "$SANDBOX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())[sys.argv[1]])' "$1"; }

echo "== seeding mf-sandbox with big:$SIZE_MB (once; this takes a while for 1 GiB)"
"$SANDBOX" --listen 127.0.0.1:0 --data "$WORK/sandbox" --seed "big:$SIZE_MB" --ready-json \
    --storage-redirect --no-schedule >"$WORK/ready.json" 2>"$WORK/sandbox.log" &
SANDBOX_PID=$!
for _ in $(seq 1 1200); do
    [[ -s "$WORK/ready.json" ]] && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.log" >&2; exit 1; }
    sleep 0.5
done
API=$(json_field api <"$WORK/ready.json")
KEY=$(json_field key <"$WORK/ready.json")
SNAP=$(curl -sf -H "Authorization: Bearer $KEY" "$API/sites/big-site/snapshots" |
       python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin)["data"] if s["status"]=="ready"][0])')
DOWNLOAD_URL="$API/sites/big-site/snapshots/$SNAP/download"

mkdir -p "$WORK/www" "$WORK/nginx" "$WORK/out"
curl -sfL -H "Authorization: Bearer $KEY" -D "$WORK/headers" -o "$WORK/www/archive.tar.gz" "$DOWNLOAD_URL"
# nginx workers run as an unprivileged user when started as root: let them read the archive.
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/archive.tar.gz"
SHA=$(grep -i '^x-checksum-sha256:' "$WORK/headers" | tail -1 | tr -d '\r' | awk '{print $2}')
SIZE=$(stat -c %s "$WORK/www/archive.tar.gz")
echo "archive: $SIZE bytes, sha256 $SHA"

PORT=$(free_port)
LIMITED_PORT=$(free_port)
STORAGE=$(grep -i '^location:' "$WORK/headers" | head -1 | tr -d '\r' | awk '{print $2}' | sed -E 's#^(https?://[^/]+)/.*#\1#')
API_ORIGIN=$(echo "$API" | sed -E 's#^(https?://[^/]+)/.*#\1#')
[[ -n "$STORAGE" ]] || { echo "the API did not redirect to its storage origin" >&2; exit 1; }
# nginx_server PORT RATE: the API proxied to mf-sandbox (its 302 to storage pointed at this
# server) and every signed storage URL answered with the one archive from disk, at most RATE
# bytes per second per connection (0 = no limit).
nginx_server() {
    cat <<SERVER
    server {
        listen 127.0.0.1:$1;
        root $WORK/www;
        limit_rate $2;
        location /v1/ {
            limit_rate 0;
            proxy_pass $API_ORIGIN;
            proxy_redirect $STORAGE/ http://127.0.0.1:$1/storage/;
        }
        location /storage/ {
            try_files /archive.tar.gz =404;
            add_header X-Checksum-SHA256 $SHA;
            add_header Content-Disposition 'attachment; filename="big-site-production.tar.gz"';
        }
        location = /archive.tar.gz {
            add_header X-Checksum-SHA256 $SHA;
        }
    }
SERVER
}
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
$(nginx_server "$PORT" 0)
$(nginx_server "$LIMITED_PORT" "${LIMIT_MBPS}m")
}
CONF
/usr/sbin/nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$PORT/archive.tar.gz" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/archive.tar.gz"
LIMITED_URL="http://127.0.0.1:$LIMITED_PORT/archive.tar.gz"

# run SERVER NAME CMD... -> appends "SERVER NAME seconds peak_kib cpu_seconds" to results
run() {
    local server=$1 name=$2; shift 2
    rm -rf "$WORK/out"/*
    sync
    sleep "$SETTLE_SECONDS"
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/rss" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || {
        echo "$name failed:" >&2; cat "$WORK/last.err" "$WORK/last.out" >&2; exit 1; }
    t1=$(date +%s.%N)
    local seconds rss user sys cpu
    seconds=$(python3 -c "print(f'{$t1-$t0:.3f}')")
    read -r rss user sys < <(tail -1 "$WORK/rss")
    cpu=$(python3 -c "print(f'{$user+$sys:.2f}')")
    if [[ $name == mf ]] && ! grep -q "\"sha256\": *\"$SHA\"" "$WORK/last.out"; then
        echo "mf did not verify the expected checksum:" >&2; cat "$WORK/last.out" >&2; exit 1
    fi
    printf '%-10s %-4s %8s s  cpu %5s s  peak %7s KiB\n' "$server" "$name" "$seconds" "$cpu" "$rss"
    echo "$server $name $seconds $rss $cpu" >>"$WORK/results"
}

# mf as a user runs it: its own home (transfer records, no keychain), the key from the environment.
mf_download() {
    echo env -i PATH=/usr/bin:/bin HOME="$WORK/mfhome" XDG_RUNTIME_DIR="$WORK/mfhome" MF_API_URL="$1" MF_API_KEY="$KEY" \
        "$MF" --json snapshot download "$SNAP" --site big-site -o "$WORK/out"
}
mkdir -p "$WORK/mfhome" && chmod 700 "$WORK/mfhome"

rounds() {
    local server=$1 api=$2; shift 2
    echo "== $ROUNDS rounds against $server (after one of each not counted)"
    run "warm-up" mf $(mf_download "$api")
    run "warm-up" curl "$@"
    for round in $(seq 1 "$ROUNDS"); do
        if (( round % 2 )); then
            run "$server" mf $(mf_download "$api")
            run "$server" curl "$@"
        else
            run "$server" curl "$@"
            run "$server" mf $(mf_download "$api")
        fi
    done
}
storage_gets() { grep -c "storage GET" "$WORK/sandbox.log" || true; }
before=$(storage_gets)
rounds nginx "http://127.0.0.1:$PORT/v1" curl -sf -o "$WORK/out/archive.tar.gz" "$URL"
# Every byte of those rounds came from nginx: mf-sandbox's storage origin served none of them.
[[ $(storage_gets) == "$before" ]] || { echo "mf fetched from mf-sandbox's storage, not from nginx" >&2; exit 1; }
rounds "nginx-${LIMIT_MBPS}M" "http://127.0.0.1:$LIMITED_PORT/v1" curl -sf -o "$WORK/out/archive.tar.gz" "$LIMITED_URL"
[[ $(storage_gets) == "$before" ]] || { echo "mf fetched from mf-sandbox's storage, not from nginx" >&2; exit 1; }
rounds mf-sandbox "$API" curl -sfL -H "Authorization: Bearer $KEY" -o "$WORK/out/archive.tar.gz" "$DOWNLOAD_URL"

python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for server in dict.fromkeys(r[0] for r in rows if r[0] != "warm-up"):
    def pick(name, col): return [float(r[col]) for r in rows if r[0] == server and r[1] == name]
    m, c = statistics.median(pick("mf", 2)), statistics.median(pick("curl", 2))
    print(f"{server}: median mf {m:.3f} s, curl {c:.3f} s, ratio {m / c:.3f} (goal <= 1.05); "
          f"best vs best {min(pick('mf', 2)) / min(pick('curl', 2)):.3f}; "
          f"peak RSS mf {max(pick('mf', 3)) / 1024:.1f} MiB (goal <= 64), curl {max(pick('curl', 3)) / 1024:.1f} MiB; "
          f"median CPU time mf {statistics.median(pick('mf', 4)):.2f} s, curl {statistics.median(pick('curl', 4)):.2f} s")
PY
