#!/usr/bin/env python3
"""Checks of the packaging files, one sub-command per ctest test (tests/packaging/CMakeLists.txt).

Each check prints what it looked at and exits non-zero with a clear message on the first class
of problem. A missing tool is a failure naming the Debian package to install, never a skip.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "dev.managed.Desktop"
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
SANITIZER_RUNTIME = re.compile(r"^lib(asan|ubsan|tsan|lsan|hwasan)\.so|^libclang_rt\.")


def fail(message: str) -> None:
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if not path:
        fail(f"'{tool}' not found: install the Debian package '{package}' (apt-get install {package})")
    return path


def run(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check_desktop(args) -> None:
    tool = need("desktop-file-validate", "desktop-file-utils")
    for f in args.files:
        r = run([tool, f])
        output = (r.stdout + r.stderr).strip()
        # Hints and warnings count too: the file must be clean, not merely loadable.
        if r.returncode != 0 or output:
            fail(f"desktop-file-validate {f} (exit {r.returncode}):\n{output}")
        print(f"ok: {f}")


def check_metainfo(args) -> None:
    tool = need("appstreamcli", "appstream")
    for f in args.files:
        # --strict: warnings and infos fail too; --no-net: CI has no internet, and screenshot
        # URLs are only published with a release.
        r = run([tool, "validate", "--no-net", "--strict", "--explain", f])
        if r.returncode != 0:
            fail(f"appstreamcli validate {f} (exit {r.returncode}):\n{r.stdout}{r.stderr}")
        print(f"ok: {f}: {r.stdout.strip().splitlines()[-1] if r.stdout.strip() else 'valid'}")
    check_metainfo_consistency(args.files, args.desktop_file, args.version)


def check_metainfo_consistency(files, desktop_file, version) -> None:
    desktop = Path(desktop_file).read_text(encoding="utf-8")
    for f in files:
        root = ET.parse(f).getroot()
        cid = root.findtext("id")
        if Path(f).name != f"{cid}.metainfo.xml":
            fail(f"{f}: file name must be <id>.metainfo.xml (id is {cid})")
        releases = [r.get("version") for r in root.iter("release")]
        if not releases or releases[0] != version:
            fail(f"{f}: newest <release> is {releases[:1]}, project version is {version}")
        if root.get("type") == "desktop-application":
            launch = root.findtext("launchable")
            if launch != f"{cid}.desktop" or Path(desktop_file).name != launch:
                fail(f"{f}: launchable {launch} does not name the desktop file {desktop_file}")
            if f"Icon={cid}\n" not in desktop:
                fail(f"{desktop_file}: Icon= must be the app id {cid}")
        # The release publishes docs/screenshots/ at the URLs' folder: each one must be there.
        shots = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        for image in root.iter("image"):
            name = (image.text or "").rsplit("/", 1)[-1]
            if not (shots / name).is_file():
                fail(f"{f}: screenshot {name} is not in {shots} (scripts/screenshot-main.sh takes it)")
    print("ok: metainfo ids, releases, launchable and screenshots agree with the desktop file, version and docs/")


def png_size(path: Path):
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        fail(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def check_icons(args) -> None:
    icons = Path(args.icon_dir)
    for svg in [icons / f"{APP_ID}.svg", icons / f"{APP_ID}-small.svg"]:
        root = ET.parse(svg).getroot()
        if root.tag != "{http://www.w3.org/2000/svg}svg" or root.get("viewBox") != "0 0 256 256":
            fail(f"{svg}: expected a square SVG with viewBox 0 0 256 256")
    for size in HICOLOR_SIZES:
        p = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if not p.exists():
            fail(f"missing {p}: run packaging/icons/render-icons.sh")
        if png_size(p) != (size, size):
            fail(f"{p} is {png_size(p)}, expected {size}x{size}: run packaging/icons/render-icons.sh")
    ico = (icons / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    if (reserved, kind) != (0, 1) or count < 5:
        fail(f"{APP_ID}.ico: not an icon directory with the usual sizes ({count} images)")
    icns = (icons / f"{APP_ID}.icns").read_bytes()
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        fail(f"{APP_ID}.icns: bad header or length")
    print(f"ok: SVG sources, {len(HICOLOR_SIZES)} PNG sizes, .ico with {count} images, .icns")


def declared_depends(depends_file: Path) -> dict:
    result = {}
    for line in depends_file.read_text().splitlines():
        m = re.match(r"^([a-z0-9.+-]+):\s*(.*)$", line)
        if m:
            names = set()
            for alternative in m.group(2).split(","):
                for dep in alternative.split("|"):
                    names.add(dep.strip().split(" ")[0].split(":")[0])
            result[m.group(1)] = names
    return result


def library_packages(binary: str) -> dict:
    """soname -> owning Debian package, for each library the binary links directly (NEEDED).
    Indirect ones are the direct ones' packages' business."""
    readelf = need("readelf", "binutils")
    r = run([readelf, "-d", binary])
    if r.returncode != 0:
        fail(f"readelf -d {binary}: {r.stderr}")
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", r.stdout)
    ldd = run(["ldd", binary]).stdout
    paths = dict(re.findall(r"^\s*(\S+) => (\S+)", ldd, re.M))
    # The dynamic loader is listed by its path alone ("/lib64/ld-linux-x86-64.so.2 (0x…)"); a
    # binary names it in NEEDED when it uses thread-local storage from position-independent code.
    for loader in re.findall(r"^\s*(/\S+) \(0x", ldd, re.M):
        paths.setdefault(Path(loader).name, loader)
    result = {}
    for soname in needed:
        path = paths.get(soname)
        if not path or path == "not":
            fail(f"{binary}: {soname} not found by ldd")
        real = str(Path(path).resolve())
        owner = None
        for candidate in (path, real, real.replace("/usr/lib/", "/lib/"), real.replace("/lib/", "/usr/lib/", 1)):
            q = run(["dpkg", "-S", candidate])
            if q.returncode == 0:
                owner = q.stdout.split(":")[0].strip()
                break
        if not owner:
            fail(f"{binary}: no Debian package owns {path} ({soname}); it would be missing on install")
        result[soname] = owner
    return result


def check_depends(args) -> None:
    declared = declared_depends(Path(args.depends_file))
    for spec in args.binaries:
        package, binary = spec.split("=", 1)
        if package not in declared:
            fail(f"{args.depends_file} has no line for package {package}")
        missing = {}
        for soname, owner in library_packages(binary).items():
            if SANITIZER_RUNTIME.match(soname):
                continue  # a sanitizer build is never packaged
            if owner not in declared[package]:
                missing[soname] = owner
        if missing:
            fail(f"package {package}: {binary} needs libraries from packages not in its Depends "
                 f"({args.depends_file}): " + ", ".join(f"{s} ({o})" for s, o in missing.items()))
        print(f"ok: {package}: every NEEDED library's package is declared")


def check_man(args) -> None:
    groff = need("groff", "groff-base")
    for spec in args.pages:
        page, _, program = spec.partition("=")
        r = run([groff, "-man", "-ww", "-z", "-Tutf8", page])
        if r.returncode != 0 or r.stderr.strip():
            fail(f"groff reports problems in {page}:\n{r.stderr}")
        text = Path(page).read_text(encoding="utf-8")
        if program:
            # Every option the program documents in --help must be in its man page.
            h = run([program, "--help"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            if h.returncode != 0:
                fail(f"{program} --help exited {h.returncode}: {h.stderr.strip()}")
            roff_text = re.sub(r"\\f[BIRP]", "", text.replace("\\-", "-"))
            name = Path(program).name
            helps = {name: h.stdout}
            # A program with sub-commands (mf) lists them as "  group command   summary".
            section = h.stdout.split("Commands:", 1)[1] if "Commands:" in h.stdout else ""
            for group, command in re.findall(r"^  ([a-z]+) ([a-z]+)  ", section, re.M):
                if f"{name} {group} {command}" not in roff_text:
                    fail(f"{page} does not document the command '{name} {group} {command}'")
                sub = run([program, group, command, "--help"],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
                if sub.returncode != 0:
                    fail(f"{name} {group} {command} --help exited {sub.returncode}: {sub.stderr.strip()}")
                helps[f"{name} {group} {command}"] = sub.stdout
            count = 0
            for where, output in helps.items():
                options = sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", output)))
                count += len(options)
                absent = [o for o in options if o not in roff_text]
                if absent:
                    fail(f"{page} does not document options that '{where} --help' lists: "
                         + ", ".join(absent))
            print(f"ok: {page}: groff clean, every option of {len(helps)} --help texts documented")
        else:
            print(f"ok: {page}: groff clean")


def check_deb(args) -> None:
    need("dpkg-deb", "dpkg")
    with tempfile.TemporaryDirectory() as out:
        r = run(["cpack", "--config", args.cpack_config, "-B", out])
        if r.returncode != 0:
            fail(f"cpack failed:\n{r.stdout}\n{r.stderr}")
        debs = {p.name.split("_")[0]: p for p in Path(out).rglob("*.deb")}
        for spec in args.expect:
            package, *paths = spec.split(",")
            if package not in debs:
                fail(f"cpack made no {package} package (made: {sorted(debs)})")
            contents = run(["dpkg-deb", "--contents", str(debs[package])]).stdout
            files = {line.split()[-1].lstrip(".") for line in contents.splitlines()}
            for p in paths:
                if p not in files:
                    fail(f"{debs[package].name} lacks {p}; it holds:\n{contents}")
            info = run(["dpkg-deb", "--field", str(debs[package]), "Package", "Version", "Depends"]).stdout
            if f"Package: {package}\n" not in info or f"Version: {args.version}-" not in info:
                fail(f"{debs[package].name}: unexpected control fields:\n{info}")
            print(f"ok: {debs[package].name}: {len(paths)} expected files present")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("desktop"); p.add_argument("files", nargs="+"); p.set_defaults(func=check_desktop)
    p = sub.add_parser("metainfo")
    p.add_argument("--desktop-file", required=True); p.add_argument("--version", required=True)
    p.add_argument("files", nargs="+"); p.set_defaults(func=check_metainfo)
    p = sub.add_parser("icons"); p.add_argument("icon_dir"); p.set_defaults(func=check_icons)
    p = sub.add_parser("depends"); p.add_argument("depends_file")
    p.add_argument("binaries", nargs="+", help="package=/path/to/binary"); p.set_defaults(func=check_depends)
    p = sub.add_parser("man"); p.add_argument("pages", nargs="+", help="page.1[=/path/to/program]")
    p.set_defaults(func=check_man)
    p = sub.add_parser("deb"); p.add_argument("--cpack-config", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("expect", nargs="+", help="package,/usr/path,...")
    p.set_defaults(func=check_deb)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
