#!/usr/bin/env bash
# Builds the three .deb packages, installs them with apt into a clean Debian 12 root made by
# debootstrap, and runs the programs there: proof that the declared Depends are complete and
# that the programs start on a machine that has never seen a build tree.
#
# Usage: packaging/test-deb-in-clean-root.sh [BUILD_DIR]
#   BUILD_DIR       default: <source>/build-deb (configured Release, tests off, if new)
#   MF_DEBIAN_MIRROR  mirror URL; default: the bookworm entry of this machine's apt sources
#   MF_KEEP_ROOT=1  keep the root directory afterwards (printed) for inspection
# Needs: root, debootstrap, cmake, ninja, the build dependencies. Network: the Debian mirror.
# Prints the time of each phase; see docs/packaging.md for typical figures.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-deb}
jobs=${MF_JOBS:-2}
say() { printf '[clean-root %4ss] %s\n' "$(( $(date +%s) - start ))" "$*"; }
die() { echo "clean-root: FAIL: $*" >&2; exit 1; }
start=$(date +%s)

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap and chroot)"
command -v debootstrap >/dev/null || die "debootstrap missing: apt-get install debootstrap"

find_mirror() {
    if [ -n "${MF_DEBIAN_MIRROR:-}" ]; then echo "$MF_DEBIAN_MIRROR"; return; fi
    local f
    # deb822 sources: the stanza whose Suites has plain "bookworm" (not -security).
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        awk 'BEGIN{RS=""} /Suites:[^\n]*bookworm( |\n|$)/ && /Components:[^\n]*main/ {
               match($0, /URIs: *[^ \n]+/); print substr($0, RSTART+6, RLENGTH-6); exit }' "$f" \
            | sed 's/^ *//' | grep . && return
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -e "$f" ] || continue
        awk '$1=="deb" && $3=="bookworm" {print $2; exit}' "$f" | grep . && return
    done
    echo "http://deb.debian.org/debian"
}
mirror=$(find_mirror | head -1)

# ---- 1. build and package --------------------------------------------------------------
say "configure + build in $build"
if [ -f "$build/CMakeCache.txt" ]; then
    cmake "$build" >/dev/null       # an existing build keeps its settings (type, tests)
else
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMF_BUILD_TESTS=OFF >/dev/null
fi
targets=()
all_targets=$(ninja -C "$build" -t targets all 2>/dev/null)
for t in mf-desktop mf mf-sandbox; do
    grep -q "^$t:" <<<"$all_targets" && targets+=("$t")
done
[ ${#targets[@]} -gt 0 ] || die "no program targets in this tree yet"
cmake --build "$build" -j"$jobs" --target "${targets[@]}" mf_manpages
say "built: ${targets[*]}"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages" >/dev/null)
mapfile -t debs < <(ls "$build"/packages/*.deb)
[ ${#debs[@]} -eq ${#targets[@]} ] || die "expected ${#targets[@]} .deb files, got: ${debs[*]}"
for d in "${debs[@]}"; do say "package $(basename "$d") ($(du -h "$d" | cut -f1))"; done
t_build=$(( $(date +%s) - start ))

# ---- 2. clean Debian 12 root -------------------------------------------------------------
root=$(mktemp -d /var/tmp/mf-clean-root.XXXXXX)
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc"; fi
    if mountpoint -q "$root/proc" 2>/dev/null; then
        echo "clean-root: $root/proc still mounted; not deleting $root" >&2
    elif [ "${MF_KEEP_ROOT:-0}" = 1 ]; then
        echo "clean-root: kept $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
cache=/var/cache/mf-debootstrap
mkdir -p "$cache"
say "debootstrap bookworm (minbase) from $mirror into $root"
t0=$(date +%s)
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; die "debootstrap failed (log $root.log)"; }
rm -f "$root.log"
t_bootstrap=$(( $(date +%s) - t0 ))
# /proc only (some maintainer scripts read it); /dev is never bind-mounted, so deleting the
# root afterwards cannot reach the host's devices.
mount -t proc proc "$root/proc" 2>/dev/null || say "note: could not mount /proc (container); continuing"

# ---- 3. install the packages with apt: Depends must pull in everything -------------------
say "apt-get install ${#debs[@]} packages (with their Depends/Recommends) in the clean root"
t0=$(date +%s)
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
mkdir -p -m 0700 "$root/run/user/0"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/run/user/0 "$@"; }
in_root apt-get update -qq
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/debs/*.deb' >"$root/tmp/apt.log" 2>&1 \
    || { tail -30 "$root/tmp/apt.log" >&2; die "apt-get install of the packages failed"; }
t_install=$(( $(date +%s) - t0 ))

# ---- 4. run the programs -----------------------------------------------------------------
t0=$(date +%s)
check_version() {
    local prog=$1; shift
    local out
    out=$(in_root "$@" "$prog" --version 2>&1) || die "$prog --version failed: $out"
    echo "$out" | grep -q "0\.[0-9]" || die "$prog --version printed no version: $out"
    say "$prog --version: $(echo "$out" | tail -1)"
}
# No display in the root: --version must answer without one, mf-desktop's too.
for t in "${targets[@]}"; do
    check_version "$t"
done
if [[ " ${targets[*]} " == *" mf-desktop "* ]]; then
    # Still running after 5 s (timeout's 124) means it started and sat in its event loop.
    set +e
    out=$(in_root QT_QPA_PLATFORM=offscreen timeout 5 mf-desktop 2>&1)
    rc=$?
    set -e
    if [ $rc -ne 124 ]; then die "mf-desktop exited with $rc within 5 s: $out"; fi
    if echo "$out" | grep -qiE "cannot load library|could not (find|load) the qt platform plugin|error while loading shared libraries"; then
        die "mf-desktop start printed loader errors: $out"
    fi
    say "mf-desktop ran 5 s on the offscreen platform"
    for f in /usr/share/applications/dev.managed.Desktop.desktop \
             /usr/share/icons/hicolor/scalable/apps/dev.managed.Desktop.svg \
             /usr/share/metainfo/dev.managed.Desktop.metainfo.xml; do
        [ -e "$root$f" ] || die "$f not installed"
    done
fi
for t in "${targets[@]}"; do
    [ -e "$root/usr/share/man/man1/$t.1.gz" ] || die "man page of $t not installed"
done
t_run=$(( $(date +%s) - t0 ))

total=$(( $(date +%s) - start ))
say "PASS: build+cpack ${t_build}s, debootstrap ${t_bootstrap}s, apt install ${t_install}s, runs ${t_run}s, total ${total}s"
