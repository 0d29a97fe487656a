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

from .engines import on_page_checker, page_texts, pdftotext
from .model import Source, expected_json, load

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def render(src: Source, out_pdf: Path) -> None:
    # Imported lazily: each engine's module pulls its own tools.
    if src.engine in ("pdflatex", "lualatex"):
        from . import render_latex

        render_latex.render(src, out_pdf)
    elif src.engine in ("chromium", "weasyprint"):
        from . import render_html

        render_html.render(src, out_pdf)
    elif src.engine == "libreoffice":
        from . import render_odt

        render_odt.render(src, out_pdf)
    elif src.engine == "typst":
        from . import render_typst

        render_typst.render(src, out_pdf)
    elif src.engine == "context":
        from . import render_context

        render_context.render(src, out_pdf)
    elif src.engine == "groff":
        from . import render_groff

        render_groff.render(src, out_pdf)
    elif src.engine == "xelatex":
        from . import render_xelatex

        render_xelatex.render(src, out_pdf)
    elif src.engine == "chromium-grid":
        from . import render_grid

        render_grid.render(src, out_pdf)
    elif src.engine in ("chromium-multicol", "weasyprint-float"):
        from . import render_multicol

        render_multicol.render(src, out_pdf)
    elif src.engine == "lualatex-paracol":
        from . import render_paracol

        render_paracol.render(src, out_pdf)
    elif src.engine in ("chromium-absolute", "weasyprint-areas"):
        from . import render_absolute

        render_absolute.render(src, out_pdf)
    elif src.engine == "xelatex-tikz":
        from . import render_tikz

        render_tikz.render(src, out_pdf)
    else:
        raise ValueError(src.engine)


def _snippets(text: str, n: int = 4) -> list[str]:
    words = text.split()
    return [" ".join(words[:n]), " ".join(words[-n:])]


def verify(src: Source, pdf: Path) -> list[str]:
    texts = page_texts(pdf)
    problems = []
    if len(texts) != len(src.pages):
        problems.append(f"page count {len(texts)} != {len(src.pages)}")
    on_page = on_page_checker(texts)

    for art in src.articles.values():
        for i, part in enumerate(art.parts):
            must = [art.headline] if i == 0 else []
            must += [x for x in (part.jump_out, part.jump_in, part.jump_head) if x]
            paras = [b.text for b in part.blocks if b.kind == "p"]
            if paras:
                must += _snippets(paras[0])[:1] + _snippets(paras[-1])[1:]
            for fig in (b.figure for b in part.blocks if b.figure):
                must.append(fig.caption[-30:])
            problems += [
                f"{art.key} part {i}: {m!r} not on page {part.page}"
                for m in must
                if not on_page(m, part.page)
            ]
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
