#!/usr/bin/env bash
# Benchmark (not a test): one snapshot of every production environment of a fleet:N sandbox with
# `mf backup create --all-sites --env production --wait`, against the rate-limit floor: N requests
# at the platform's 20/s plus one capture's own time. Prints wall time, mf's CPU time (user+sys),
# mf's peak memory (max RSS) and the sandbox's CPU time, per round and as medians; then the same
# under --fail-rate 0.2 (20% of all requests answered 500/503), checking that every environment
# still got exactly one snapshot (counted in the sandbox's database).
# Usage: bench/bulk.sh [N] (default 1000). ROUNDS (default 3). MF_BIN / MF_SANDBOX_BIN override
# the binaries (default: build/app/cli/mf, build/sandbox/mf-sandbox). Needs python3 and sqlite3.
set -euo pipefail
n=${1:-1000}
rounds=${ROUNDS:-3}
src=$(cd "$(dirname "$0")/.." && pwd)
mf=${MF_BIN:-$src/build/app/cli/mf}
sandbox=${MF_SANDBOX_BIN:-$src/build/sandbox/mf-sandbox}
for b in "$mf" "$sandbox"; do [ -x "$b" ] || { echo "bench: no binary at $b (build it, or set MF_BIN / MF_SANDBOX_BIN)" >&2; exit 1; }; done
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is missing" >&2; exit 1; }

work=$(mktemp -d /tmp/mf-bench-bulk-XXXXXX)
sandbox_pid=""
stop_sandbox() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    sandbox_pid=""
}
trap 'stop_sandbox; rm -rf "$work"' EXIT

clk=$(getconf CLK_TCK)
cpu_of() { awk -v t="$clk" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }

# start_sandbox DIR EXTRA_ARGS…: a fresh fleet:N platform; sets api, key, sandbox_pid.
start_sandbox() {
    local dir=$1; shift
    "$sandbox" --data "$dir/data" --seed "fleet:$n" --no-schedule --listen 127.0.0.1:0 --ready-json "$@" \
        > "$dir/ready.json" 2> "$dir/sandbox.log" &
    sandbox_pid=$!
    until grep -q '"ready"' "$dir/ready.json" 2>/dev/null; do
        kill -0 "$sandbox_pid" 2>/dev/null || { tail -5 "$dir/sandbox.log" >&2; exit 1; }
        sleep 0.2
    done
    api=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["api"])' "$dir/ready.json")
    key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["key"])' "$dir/ready.json")
}

# run_mf DIR ARGS…: mf with its own HOME; "wall cpu maxrss_kib" in DIR/time.
run_mf() {
    local dir=$1; shift
    mkdir -p "$dir/home"
    HOME="$dir/home" XDG_DATA_HOME="$dir/home/data" XDG_CONFIG_HOME="$dir/home/config" \
        MF_API_URL="$api" MF_API_KEY="$key" LANGUAGE=en \
        /usr/bin/time -f "%e %U %S %M" -o "$dir/time.raw" "$mf" "$@" > "$dir/out.json" 2> "$dir/mf.err" || true
    awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$dir/time.raw" > "$dir/time"
}

# One capture on its own: the floor's second term (a capture cannot be faster than itself).
echo "bench: one capture on its own (fleet:$n)…"
one="$work/one"; mkdir -p "$one"
start_sandbox "$one"
run_mf "$one" backup create --site fleet-00001 --env production --wait
capture_s=$(cut -d' ' -f1 "$one/time")
stop_sandbox
floor=$(python3 -c "print(round($n / 20 + $capture_s, 2))")
echo "bench: one capture ${capture_s} s; floor for $n = $n/20 + ${capture_s} = ${floor} s"

median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

# round NAME I EXTRA_SANDBOX_ARGS…
round() {
    local name=$1 i=$2; shift 2
    local dir="$work/$name-$i"; mkdir -p "$dir"
    start_sandbox "$dir" "$@"
    local label="bench $name $i"
    run_mf "$dir" backup create --all-sites --env production --label "$label" --wait --json
    local sandbox_cpu; sandbox_cpu=$(cpu_of "$sandbox_pid")
    local ok dups
    ok=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(e["status"]=="done" for e in d["environments"]))' "$dir/out.json" 2>/dev/null || echo 0)
    dups=$(sqlite3 "file:$dir/data/platform.db?mode=ro" \
        "SELECT COUNT(*) FROM (SELECT site_id, env_name, COUNT(*) c FROM snapshots WHERE label = '$label' GROUP BY site_id, env_name HAVING c != 1);")
    local envs
    envs=$(sqlite3 "file:$dir/data/platform.db?mode=ro" "SELECT COUNT(DISTINCT site_id) FROM snapshots WHERE label = '$label';")
    stop_sandbox
    read -r wall cpu rss < "$dir/time"
    echo "$wall $cpu $rss $sandbox_cpu" >> "$work/$name.results"
    printf 'bench: %-9s round %d: wall %6.1f s (%.2fx floor), mf CPU %5.1f s, mf peak RSS %6.1f MiB, sandbox CPU %6.1f s, done %d/%d, environments with a snapshot %d, with != 1 snapshot %d\n' \
        "$name" "$i" "$wall" "$(python3 -c "print($wall / $floor)")" "$cpu" "$(python3 -c "print($rss / 1024)")" \
        "$sandbox_cpu" "$ok" "$n" "$envs" "$dups"
}

summary() {
    local name=$1 f="$work/$1.results"
    local w c r s
    w=$(median $(cut -d' ' -f1 "$f")); c=$(median $(cut -d' ' -f2 "$f"))
    r=$(median $(cut -d' ' -f3 "$f")); s=$(median $(cut -d' ' -f4 "$f"))
    printf 'bench: %-9s median of %d: wall %.1f s = %.2fx the floor (%.1f s), mf CPU %.1f s, mf peak RSS %.1f MiB, sandbox CPU %.1f s\n' \
        "$name" "$rounds" "$w" "$(python3 -c "print($w / $floor)")" "$floor" "$c" "$(python3 -c "print($r / 1024)")" "$s"
}

for i in $(seq 1 "$rounds"); do round clean "$i"; done
for i in $(seq 1 "$rounds"); do round fail-0.2 "$i" --fail-rate 0.2; done
echo "bench: machine: $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
summary clean
summary fail-0.2
