#!/usr/bin/env bash
# Download engine vs curl, same archive, same server, alternating, in one run.
#
#   bench/download-vs-curl.sh [BUILD_DIR] [SIZE_MB] [ROUNDS]
#
# BUILD_DIR (default: build) must hold sandbox/mf-sandbox and bench/transfer/mf-download-bench,
# built as Release. mf-sandbox --seed big:SIZE_MB (default 1024) makes a snapshot of incompressible
# data; its archive is fetched once and served by nginx on a loopback port with the headers the
# contract promises (Content-Length, ETag, Accept-Ranges, X-Checksum-SHA256). Then each round
# runs `mf-download-bench` (stream + SHA-256 on a worker + verify + rename) and `curl -o` (no
# verification at all), alternating which goes first. Prints wall time and peak RSS of each and
# the ratio of the medians. A last run goes through mf-sandbox itself (API key, 302 to storage).
set -euo pipefail

BUILD_DIR=$(realpath "${1:-build}")
SIZE_MB=${2:-1024}
ROUNDS=${3:-3}
SANDBOX="$BUILD_DIR/sandbox/mf-sandbox"
ENGINE="$BUILD_DIR/bench/transfer/mf-download-bench"
for tool in "$SANDBOX" "$ENGINE" /usr/sbin/nginx /usr/bin/time curl python3; do
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
    server {
        listen 127.0.0.1:$PORT;
        root $WORK/www;
        location = /archive.tar.gz {
            add_header X-Checksum-SHA256 $SHA;
            add_header Content-Disposition 'attachment; filename="big-site-production.tar.gz"';
        }
    }
}
CONF
/usr/sbin/nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$PORT/archive.tar.gz" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/archive.tar.gz"

# run NAME CMD... → appends "NAME seconds peak_kib" to results
run() {
    local name=$1; shift
    rm -rf "$WORK/out"/*
    sync
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || {
        echo "$name failed:" >&2; cat "$WORK/last.err" >&2; exit 1; }
    t1=$(date +%s.%N)
    local seconds rss
    seconds=$(python3 -c "print(f'{$t1-$t0:.3f}')")
    rss=$(tail -1 "$WORK/rss")
    if [[ $name == engine ]] && ! grep -q "sha256=$SHA" "$WORK/last.out"; then
        echo "engine did not verify the expected checksum" >&2; exit 1
    fi
    printf '%-8s %8s s  peak %7s KiB\n' "$name" "$seconds" "$rss"
    echo "$name $seconds $rss" >>"$WORK/results"
}

echo "== $ROUNDS rounds against nginx ($URL)"
for round in $(seq 1 "$ROUNDS"); do
    if (( round % 2 )); then
        run engine "$ENGINE" "$URL" "$WORK/out"
        run curl curl -sf -o "$WORK/out/archive.tar.gz" "$URL"
    else
        run curl curl -sf -o "$WORK/out/archive.tar.gz" "$URL"
        run engine "$ENGINE" "$URL" "$WORK/out"
    fi
done

python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def pick(name, col): return [float(r[col]) for r in rows if r[0] == name]
e, c = statistics.median(pick("engine", 1)), statistics.median(pick("curl", 1))
print(f"median engine {e:.3f} s, curl {c:.3f} s, ratio {e / c:.3f} (goal <= 1.05)")
print(f"peak RSS engine {max(pick('engine', 2)) / 1024:.1f} MiB (goal <= 64), curl {max(pick('curl', 2)) / 1024:.1f} MiB")
PY

echo "== through mf-sandbox itself (API key, 302 to the storage origin, signed URL)"
run engine "$ENGINE" "$DOWNLOAD_URL" "$WORK/out" "$KEY"
cat "$WORK/last.out"
run curl curl -sfL -H "Authorization: Bearer $KEY" -o "$WORK/out/archive.tar.gz" "$DOWNLOAD_URL"
