"""Build a fresh blind set from a seed and print the readers' quality tables on it.

    python scripts/blind.py --seed N [--count 24] [--no-build] [--layout]   (or: make blind SEED=N)

The set is drawn by ``tools/corpus/blind`` (docs/corpus.md) into ``build/blind/<N>/`` (never
committed) with WeasyPrint, Chromium and Typst, run from a separate tools venv
(``build/tools-venv``, from ``tools/corpus/requirements.txt``). Then the PDF reader is scored on
the PDFs, and the text reader on the ``pdftotext`` default and ``-raw`` extractions, with
``scripts/quality.py``. The same seed always gives the same issues. With ``--layout`` the text
reader is also scored on ``pdftotext -layout`` extractions of the PDFs, written to
``build/blind-layout/<N>/`` (beside the set, so a set linked read-only from elsewhere works too).

The honesty rule: measure a seed once, before any change made for it, and report its figures as
a blind measurement; never tune on a seed that has been measured (tune on other seeds).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS_VENV = ROOT / "build" / "tools-venv"
LAYOUT_ROOT = ROOT / "build" / "blind-layout"
REQUIREMENTS = ROOT / "tools" / "corpus" / "requirements.txt"
PROGRAMS = {"pdftotext": "poppler-utils", "chromium": "chromium", "fc-list": "fontconfig"}
FONTS = {
    "TeX Gyre Heros": "fonts-texgyre",
    "Nimbus Sans": "fonts-urw-base35",
    "Liberation Serif": "fonts-liberation2",
    "Lato": "fonts-lato",
}


def fail(what: str, todo: str) -> int:
    print(f"newslayout: error: {what}: {todo}", file=sys.stderr)
    return 2


def missing_debian_packages() -> list[str]:
    """Debian packages whose programs or fonts the generator needs and this machine lacks."""
    need = [pkg for prog, pkg in PROGRAMS.items() if shutil.which(prog) is None]
    if shutil.which("fc-list"):
        families = subprocess.run(
            ["fc-list", ":", "family"], capture_output=True, text=True, check=False
        ).stdout
        need += [pkg for family, pkg in FONTS.items() if family not in families]
    return need


def tools_python() -> Path:
    """The tools venv's Python, created and filled from requirements.txt when missing or older."""
    python = TOOLS_VENV / "bin" / "python"
    stamp = TOOLS_VENV / ".installed"
    if stamp.exists() and stamp.stat().st_mtime >= REQUIREMENTS.stat().st_mtime:
        return python
    if not python.exists():
        venv.create(TOOLS_VENV, with_pip=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)], check=True
    )
    stamp.touch()
    return python


def build(seed: int, count: int, folder: Path) -> int:
    cmd = [str(tools_python()), "-m", "tools.corpus.blind.build", "--seed", str(seed)]
    cmd += ["--count", str(count), "--out", str(folder)]
    return subprocess.run(cmd, cwd=ROOT, check=False).returncode


def layout_pairs(folder: Path, out: Path) -> list[tuple[Path, Path]]:
    """Each PDF of the set and where its ``pdftotext -layout`` extraction goes: ``out/<name>.txt``,
    the name ``quality.py --text-dir`` looks for."""
    return [(pdf, out / f"{pdf.stem}.txt") for pdf in sorted(folder.glob("*.pdf"))]


def extract_layout(folder: Path, out: Path) -> None:
    """``pdftotext -layout`` of every PDF of the set into ``out`` (made afresh)."""
    if out.exists():
        shutil.rmtree(out)  # nothing left from another set under the same seed
    out.mkdir(parents=True)
    for pdf, txt in layout_pairs(folder, out):
        subprocess.run(["pdftotext", "-layout", str(pdf), str(txt)], check=True)


def measure(folder: Path, layout: Path | None = None) -> None:
    quality = [sys.executable, str(ROOT / "scripts" / "quality.py"), "--corpus", str(folder)]
    runs: list[tuple[str, list[str]]] = [
        ("PDF reader (*.pdf)", []),
        ("text reader (*.txt, pdftotext default mode)", ["--text"]),
        ("text reader (*.raw.txt, pdftotext -raw)", ["--text", "--raw"]),
    ]
    if layout is not None:
        runs.append(("text reader (pdftotext -layout)", ["--text", "--text-dir", str(layout)]))
    for title, extra in runs:
        print(f"== {title}: {folder}", flush=True)
        subprocess.run([*quality, *extra], check=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a blind set from a seed and measure it.")
    ap.add_argument("--seed", type=int, required=True, help="a seed never measured before")
    ap.add_argument("--count", type=int, default=24, help="issues in the set (default 24)")
    ap.add_argument("--no-build", action="store_true", help="measure the set already built")
    ap.add_argument(
        "--layout",
        action="store_true",
        help="also score the text reader on pdftotext -layout extractions (build/blind-layout/N)",
    )
    args = ap.parse_args(argv)
    folder = ROOT / "build" / "blind" / str(args.seed)
    if not args.no_build:
        need = missing_debian_packages()
        if need:
            return fail(
                f"missing programs or fonts ({', '.join(need)})",
                f"install them (as root: apt-get install -y {' '.join(sorted(set(need)))})",
            )
        if folder.exists():
            shutil.rmtree(folder)  # a fresh set: nothing left from an earlier build
        status = build(args.seed, args.count, folder)
        if status:
            print(f"warning: fewer than {args.count} issues passed the checks", file=sys.stderr)
    elif not any(folder.glob("*.expected.json")):
        return fail(f"no blind set in {folder}", f"build it first: make blind SEED={args.seed}")
    layout = None
    if args.layout:
        if shutil.which("pdftotext") is None:
            return fail(
                "pdftotext is missing", "install it (as root: apt-get install -y poppler-utils)"
            )
        layout = LAYOUT_ROOT / str(args.seed)
        extract_layout(folder, layout)
    measure(folder, layout)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
