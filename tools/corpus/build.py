"""Build the development corpus: PDF, expected JSON and pdftotext extraction per issue.

Usage (from the repository root, with a tools venv holding Pillow, pyphen, weasyprint):
    python -m tools.corpus.build <name> [<name>...]
    python -m tools.corpus.build --all
    python -m tools.corpus.build --dir tests/holdout --all   # the held-out set
    python -m tools.corpus.build --dir tests/holdout2 --all  # the second held-out set
    python -m tools.corpus.build --dir tests/holdout3 --all  # the third held-out set
    python -m tools.corpus.build --dir tests/holdout4 --all  # the fourth held-out set
Each issue comes from tests/corpus/src/<name>.json. After rendering, the PDF is checked
against the source: page count, and every article part's headline/first/last words on
the page the source puts them (so a jump line always names the real page).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # allow `python tools/corpus/build.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tools.corpus"

from .checks import misplaced, part_needles, read_back
from .engines import pdftotext, render_with
from .model import Source, expected_json, load

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


#: The renderer module of each engine (imported when used: each pulls its own tools).
RENDERERS = {
    "pdflatex": "render_latex",
    "lualatex": "render_latex",
    "chromium": "render_html",
    "weasyprint": "render_html",
    "libreoffice": "render_odt",
    "typst": "render_typst",
    "context": "render_context",
    "groff": "render_groff",
    "xelatex": "render_xelatex",
    "chromium-grid": "render_grid",
    "chromium-multicol": "render_multicol",
    "weasyprint-float": "render_multicol",
    "lualatex-paracol": "render_paracol",
    "chromium-absolute": "render_absolute",
    "weasyprint-areas": "render_absolute",
    "xelatex-tikz": "render_tikz",
}


def render(src: Source, out_pdf: Path) -> None:
    render_with(RENDERERS, __package__, src.engine, src, out_pdf)


def verify(src: Source, pdf: Path) -> list[str]:
    on_page, problems = read_back(pdf, len(src.pages))
    for art in src.articles.values():
        for i, part in enumerate(art.parts):
            needles = part_needles(part, art.headline if i == 0 else None)
            problems += misplaced(on_page, f"{art.key} part {i}", part.page, needles)
    for art in src.articles.values():
        # A byline (at the top or at the end of the story) must be printed on one of its pages.
        if art.byline and not any(on_page(art.byline, p.page) for p in art.parts):
            problems.append(f"{art.key}: byline {art.byline!r} not printed")
    for page in src.pages:
        problems += [
            f"teaser {t.text!r} not on page {page.number}"
            for t in page.teasers
            if not on_page(t.text, page.number)
        ]
    return problems


def build(name: str, folder: Path = CORPUS) -> bool:
    src = load(folder / "src" / f"{name}.json")
    pdf = folder / f"{name}.pdf"
    render(src, pdf)
    expected = expected_json(src)
    (folder / f"{name}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    pdftotext(pdf, folder / f"{name}.txt")
    problems = verify(src, pdf)
    size = pdf.stat().st_size // 1024
    print(
        f"{name}: {src.engine}, {len(src.pages)} pages, "
        f"{len(expected['articles'])} articles, {size} KiB"
    )
    for p in problems:
        print(f"  PROBLEM {p}")
    return not problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--dir", type=Path, default=CORPUS, help="issue folder (default tests/corpus)")
    args = ap.parse_args(argv)
    folder = args.dir if args.dir.is_absolute() else ROOT / args.dir
    names = sorted(p.stem for p in (folder / "src").glob("*.json")) if args.all else args.names
    ok = all([build(n, folder) for n in names])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
