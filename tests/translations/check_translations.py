#!/usr/bin/env python3
"""Fails when any user-visible string of the current sources lacks a German or French translation.

Runs lupdate over the same sources as translations/CMakeLists.txt (app/ and ui/, recursively)
into temporary copies of the committed .ts files -- without -no-obsolete, so strings that left
the code show up as vanished -- and then checks every message:
  - no type="unfinished" (new or changed source text, or never translated),
  - no type="vanished"/"obsolete" (stale entries: run the update_translations target),
  - numerus messages (%n) have every plural form of the language, each non-empty,
  - placeholders (%1..%99, %n) and the number of keyboard accelerators (&x) survive.
Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"de": 2, "fr": 2, "en": 2}
# Languages whose catalog holds only the %n messages (lupdate -pluralonly): the source text
# is already that language, only its plural forms need writing.
PLURAL_ONLY = {"en"}  # Qt's numerus rules for these languages
SOURCE_DIRS = ["app", "ui"]
EXTENSIONS = {".cpp", ".h", ".ui"}
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|L\d{1,2}|Ln)")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def sources(root: Path):
    for d in SOURCE_DIRS:
        for dirpath, _, files in os.walk(root / d):
            for f in sorted(files):
                if Path(f).suffix in EXTENSIONS:
                    yield str(Path(dirpath) / f)


def find_hanging_files(lupdate: str, files: list, tmp: Path) -> list:
    hung = []
    for f in files:
        try:
            subprocess.run([lupdate, "-silent", f, "-ts", str(tmp / "probe.ts")],
                           capture_output=True, timeout=20)
        except subprocess.TimeoutExpired:
            hung.append(f)
    return hung


def text_of(el) -> str:
    return "".join(el.itertext()) if el is not None else ""


def check_file(ts: Path, original: str) -> list:
    problems = []
    root = ET.parse(ts).getroot()
    language = (root.get("language") or "").split("_")[0]
    if language not in PLURAL_FORMS:
        return [f"{original}: language '{root.get('language')}' unknown to this check"]
    forms = PLURAL_FORMS[language]
    count = 0
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{original}: [{ctx}] \"{source}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: {kind} (no longer in the code; run the update_translations target)")
                continue
            if kind == "unfinished" or translation is None:
                problems.append(f"{where}: untranslated")
                continue
            if message.get("numerus") == "yes":
                texts = [text_of(f) for f in translation.findall("numerusform")]
                if len(texts) != forms or not all(t.strip() for t in texts):
                    problems.append(f"{where}: needs {forms} non-empty plural forms, has {texts}")
                    continue
            else:
                texts = [text_of(translation)]
                if not texts[0].strip():
                    problems.append(f"{where}: empty translation")
                    continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for t in texts:
                got = sorted(set(PLACEHOLDER.findall(t)))
                if got != wanted:
                    problems.append(f"{where}: placeholders {wanted} but translation \"{t}\" has {got}")
                if ACCELERATOR.search(source) and not ACCELERATOR.search(t):
                    problems.append(f"{where}: translation \"{t}\" lost the keyboard accelerator (&)")
    if count == 0:
        problems.append(f"{original}: no messages at all -- did lupdate find the sources?")
    print(f"{original}: {count} messages checked")
    return problems


def language_of(ts: Path) -> str:
    return (ET.parse(ts).getroot().get("language") or "").split("_")[0]


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, root, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if not shutil.which(lupdate) and not Path(lupdate).exists():
        print(f"FAIL: lupdate not found at {lupdate}: install qt6-l10n-tools", file=sys.stderr)
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(sources(root)) + "\n")
        copies = []
        for ts in ts_files:
            copy = Path(tmp) / Path(ts).name
            shutil.copy(ts, copy)
            copies.append((copy, ts))
        plural_only = [c for c, _ in copies if language_of(c) in PLURAL_ONLY]
        full = [c for c, _ in copies if c not in plural_only]
        for group, extra in ((full, []), (plural_only, ["-pluralonly"])):
            if not group:
                continue
            cmd = [lupdate, "-silent", "-locations", "none", *extra, f"@{listing}", "-ts"] + [str(c) for c in group]
            try:
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            except subprocess.TimeoutExpired:
                # lupdate 6.4's C++ parser can loop forever on some expressions; name the file.
                hung = find_hanging_files(lupdate, listing.read_text().split(), Path(tmp))
                print("FAIL: lupdate did not finish in 300 s; it hangs on: " + (", ".join(hung) or "?")
                      + " (rewrite the expression inside the tr()/translate() call there)", file=sys.stderr)
                return 1
            if r.returncode != 0:
                print(f"FAIL: lupdate exited {r.returncode}:\n{r.stderr}", file=sys.stderr)
                return 1
        for copy, original in copies:
            problems += check_file(copy, original)
    if problems:
        print(f"FAIL: {len(problems)} translation problems:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("ok: every source string is translated in every language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
