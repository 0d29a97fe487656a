"""Build a blind set: draw issues from a seed, typeset them, check them, write the expected JSON.

    python -m tools.corpus.blind.build --seed N [--count 24] [--out build/blind/N]

Per issue the folder gets ``<name>.pdf``, ``<name>.expected.json``, ``<name>.txt`` (pdftotext,
default mode), ``<name>.raw.txt`` (``pdftotext -raw``) and ``src/<name>.json`` (the drawn issue).
After typesetting, the PDF is checked as the corpus builder checks its issues: the page count,
and every story part's headline, first and last words, captions, jump lines and byline on the
page the drawing puts them. An issue whose text did not fit its pages is drawn again with less
text (same seed and index, a smaller fill), then as a sparser variant, so a seed always gives
the same set.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # allow `python tools/corpus/blind/build.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tools.corpus.blind"

from ..checks import misplaced, part_needles, read_back
from ..engines import pdftotext, render_with
from .draw import ENGINES, Issue, draw_issue, expected

ROOT = Path(__file__).resolve().parents[3]
# Fills tried in turn; when none fits, a sparser variant of the issue is drawn (still a pure
# function of seed and index, so the set stays reproducible).
VARIANTS = ((0.62, 0.48, 0.36), (0.5, 0.36, 0.26), (0.4, 0.28, 0.2))


#: The renderer module of each engine (imported when used: each pulls its own tools).
RENDERERS = {"weasyprint": "render_html", "chromium": "render_html", "typst": "render_typst"}


def render(issue: Issue, pdf: Path) -> None:
    render_with(RENDERERS, __package__, issue.engine, issue, pdf)


def verify(issue: Issue, pdf: Path) -> list[str]:
    on_page, problems = read_back(pdf, len(issue.pages))
    for s in issue.stories.values():
        for i, part in enumerate(s.parts):
            # Drawn issues also print credits as set, end bylines and jumps out of the file.
            extra = [b.figure.printed_credit for b in part.blocks if b.figure]
            if i == len(s.parts) - 1:
                extra += [s.end_byline, s.external_jump]
            needles = part_needles(part, s.headline if i == 0 else None) + [m for m in extra if m]
            problems += misplaced(on_page, f"{s.key} part {i}", part.page, needles)
        if s.byline_lines and not on_page(" ".join(s.byline_lines), s.parts[0].page):
            problems.append(f"{s.key}: byline not printed")
    for page in issue.pages:
        teasers = page.strip + [
            t for i in (page.rail.items if page.rail else []) for t in i.teasers
        ]
        problems += [
            f"teaser {t.text!r} not on page {page.number}"
            for t in teasers
            if not on_page(f"{t.text} {t.label}", page.number)
        ]
    return problems


def build_one(seed: int, index: int, folder: Path) -> tuple[Issue, list[str]]:
    """Draw and typeset issue ``index`` of ``seed``; shrink the text until it fits its pages."""
    attempts = [(variant, fill) for variant, fills in enumerate(VARIANTS) for fill in fills]
    for n, (variant, fill) in enumerate(attempts):
        issue = draw_issue(seed, index, fill, variant)
        pdf = folder / f"{issue.name}.pdf"
        try:
            render(issue, pdf)
            problems = verify(issue, pdf)
        except Exception as exc:  # an engine that gives up on a layout: try the next attempt
            problems = [f"{issue.engine} failed: {type(exc).__name__}: {str(exc)[:200]}"]
        if not problems or n == len(attempts) - 1:
            break
        pdf.unlink(missing_ok=True)
    (folder / f"{issue.name}.expected.json").write_text(
        json.dumps(expected(issue), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    if pdf.exists():  # every attempt may have failed in the engine: then it is rejected
        pdftotext(pdf, folder / f"{issue.name}.txt")
        pdftotext(pdf, folder / f"{issue.name}.raw.txt", raw=True)
    src = folder / "src" / f"{issue.name}.json"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(
        json.dumps(dataclasses.asdict(issue), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return issue, problems


def reject(issue: Issue, folder: Path) -> None:
    """Move an issue that failed its checks out of the set (its expectation is not trusted)."""
    out = folder / "rejected"
    out.mkdir(exist_ok=True)
    for path in folder.glob(f"{issue.name}.*"):
        path.replace(out / path.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Draw, typeset and check a blind set of issues.")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=24, help="issues that pass the checks")
    ap.add_argument("--out", type=Path, help="folder (default build/blind/<seed>)")
    ap.add_argument("--only", type=int, nargs="*", help="build only these issue indexes")
    args = ap.parse_args(argv)
    folder = args.out or ROOT / "build" / "blind" / str(args.seed)
    folder.mkdir(parents=True, exist_ok=True)
    # Issues 1, 2, 3, ... until `count` pass; one that fails its checks is set aside and the
    # next index drawn, so the set is still a pure function of the seed.
    indexes = iter(args.only) if args.only else iter(range(1, 4 * args.count + 1))
    want = len(args.only) if args.only else args.count
    passed = rejected = 0
    for index in indexes:
        if passed == want:
            break
        issue, problems = build_one(args.seed, index, folder)
        arts = len(expected(issue)["articles"])
        print(
            f"{issue.name}: {issue.engine}, {len(issue.pages)} pages, {arts} articles, "
            f"fill {issue.fill}, body {issue.typo.body_pt} pt",
            flush=True,
        )
        if problems:
            for p in problems[:5]:
                print(f"  PROBLEM {p}")
            reject(issue, folder)
            rejected += 1
        else:
            passed += 1
    print(
        f"{passed} issues pass the checks ({rejected} set aside in rejected/); "
        f"engines: {', '.join(ENGINES)}"
    )
    return 0 if passed == want else 1


if __name__ == "__main__":
    raise SystemExit(main())
