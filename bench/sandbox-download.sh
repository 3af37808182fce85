#!/usr/bin/env bash
# Benchmark: serve the same ~1 GiB snapshot archive from mf-sandbox and from nginx on loopback,
# download each with `curl -o /dev/null`, print both throughputs and mf-sandbox's memory
# (VmHWM/VmRSS before and after) to show that streaming keeps memory flat.
# Usage: bench/sandbox-download.sh [SIZE_MB] (default 1024). Needs curl and nginx (nginx-light).
# MF_SANDBOX_BIN overrides the binary (default: build/sandbox/mf-sandbox). ROUNDS (default 3).
set -euo pipefail
size_mb=${1:-1024}
rounds=${ROUNDS:-3}
src=$(cd "$(dirname "$0")/.." && pwd)
bin=${MF_SANDBOX_BIN:-$src/build/sandbox/mf-sandbox}
[ -x "$bin" ] || { echo "bench: no mf-sandbox at $bin (build it or set MF_SANDBOX_BIN)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench: curl is missing" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "bench: nginx is missing (apt-get install nginx-light)" >&2; exit 1; }

work=$(mktemp -d /tmp/mf-bench-XXXXXX)
sandbox_pid=""; nginx_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mem() { awk -v k="$2" '$1 == k":" { print $2 " " $3 }' "/proc/$1/status"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "bench: seeding big:${size_mb} (incompressible archive of about ${size_mb} MiB)…"
t0=$(date +%s)
"$bin" --data "$work/data" --seed "big:$size_mb" --no-schedule --listen 127.0.0.1:0 --ready-json \
    > "$work/ready.json" 2> "$work/sandbox.log" &
sandbox_pid=$!
until grep -q '"ready"' "$work/ready.json" 2>/dev/null; do
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
    sleep 0.5
done
echo "bench: seeded in $(( $(date +%s) - t0 )) s"
api=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["api"])' "$work/ready.json")
key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["key"])' "$work/ready.json")
snap=$(curl -sf -H "Authorization: Bearer $key" "$api/sites/big-site/snapshots" |
       python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')
archive="$work/data/archives/$snap.tar.gz"
bytes=$(stat -c %s "$archive")
hwm_before=$(mem "$sandbox_pid" VmHWM); rss_before=$(mem "$sandbox_pid" VmRSS)

nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
user root;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/data/archives;
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.1; done

run() { curl -s -o /dev/null -w '%{http_code} %{size_download} %{speed_download}\n' "$@"; }
report() {
    local name=$1; shift
    local best=0
    for r in $(seq "$rounds"); do
        read -r code got speed < <(run "$@")
        [ "$code" = 200 ] && [ "$got" = "$bytes" ] || { echo "bench: $name answered $code with $got of $bytes bytes" >&2; exit 1; }
        mibs=$(python3 -c "print(f'{$speed/1048576:.0f}')")
        echo "  $name round $r: $mibs MiB/s"
        best=$(python3 -c "print(max($best, $mibs))")
    done
    echo "$name best: $best MiB/s"
}
echo "bench: archive $bytes bytes, $rounds rounds each, curl -o /dev/null on loopback"
report mf-sandbox -H "Authorization: Bearer $key" "$api/sites/big-site/snapshots/$snap/download"
report nginx "http://127.0.0.1:$nginx_port/$snap.tar.gz"
hwm_after=$(mem "$sandbox_pid" VmHWM); rss_after=$(mem "$sandbox_pid" VmRSS)
echo "mf-sandbox memory before downloads: VmHWM $hwm_before, VmRSS $rss_before"
echo "mf-sandbox memory after downloads:  VmHWM $hwm_after, VmRSS $rss_after"
