"""Why republished lines are loose: every body line with an inter-word gap over 0.6 em, by cause.

    python scripts/loose_causes.py [--styles default,a4,...] [--only NAME] [--examples N]

Republishes what ``make typo`` republishes (the sample and every development-corpus issue, in
every style), finds the loose lines the way ``scripts/typo.py`` does (its measures are
imported, not copied), and tells what kept each from being set tighter, from the line after
it: the column is narrow (under 12 ems), the column ends there, or the word that could not
join the line is capitalised (never hyphenated), short (under 6 letters: never hyphenated),
or has no hyphenation point the patterns allow. A line whose gap a typesetter would not call
loose once rounded (the breaker aims under the cap) shows as ``at the cap``.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "scripts"):
    if str(folder) not in sys.path:  # run as a plain script from anywhere
        sys.path.insert(0, str(folder))

import pdfplumber  # noqa: E402
import typo  # noqa: E402

import newslayout  # noqa: E402
from newslayout.diagnostics import Log  # noqa: E402
from newslayout.options import WriteOptions  # noqa: E402
from newslayout.writers.pdf import write_pdf  # noqa: E402
from newslayout.writers.pdf.hyphenate import MIN_WORD, hyphenator_for  # noqa: E402

#: A column narrower than this many ems of its type is narrow.
NARROW_EM = 12.0
#: A gap within this many ems over the limit is at the cap (rounding), not loose by choice.
AT_CAP_EM = 0.02


def cause(next_word: str, width_em: float, gap_em: float, language: str) -> str:
    """What kept a loose line from being set tighter (see the module docstring)."""
    if gap_em <= typo.LOOSE_EM + AT_CAP_EM:
        return "at the cap"
    if width_em < NARROW_EM:
        return "narrow column"
    if not next_word:
        return "column end"
    core = re.sub(r"\W", "", next_word)
    if core[:1].isupper():
        return "next word capitalised"
    if len(core) < MIN_WORD:
        return "next word short"
    hyphenate = hyphenator_for(language, Log())
    if hyphenate is None or not list(hyphenate(core)):
        return "next word: no hyphenation point"
    return "next word: points too late"


def loose_causes(data: bytes, language: str) -> Counter[str]:
    """The loose lines of one PDF, by cause."""
    found: Counter[str] = Counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            size = typo.body_size(page.chars)
            if not size:
                continue
            columns = typo.gutters(page.chars, size)
            for col, lines in typo.group_lines(page.chars, columns, size).items():
                width_em = (columns[col][1] - columns[col][0]) / size
                for i, line in enumerate(lines):
                    pairs = zip(line.words, line.words[1:], strict=False)
                    gaps = [(b[0] - a[1]) / size for a, b in pairs]
                    gaps = [g for g in gaps if g <= typo.GAP_CAP_EM]
                    if not gaps or max(gaps) <= typo.LOOSE_EM:
                        continue
                    after = lines[i + 1].words[0][2] if i + 1 < len(lines) else ""
                    found[cause(after, width_em, max(gaps), language)] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--styles", default=",".join(typo.STYLES))
    parser.add_argument("--only", help="only issues whose name contains this")
    args = parser.parse_args(argv)
    styles = [s for s in args.styles.split(",") if s]
    table: dict[str, Counter[str]] = {style: Counter() for style in styles}
    for _, path, _ in typo.inputs(args.only):
        issue = newslayout.read(path)[0]
        for style in styles:
            options = WriteOptions(
                style=None if style == "default" else style, base_dir=path.parent
            )
            data = write_pdf(issue, options=options, log=Log())
            table[style] += loose_causes(data, issue.meta.language or "en")
    causes = sorted({c for counts in table.values() for c in counts})
    width = max([len(c) for c in causes] + [5])
    print("cause".ljust(width) + "".join(s.rjust(12) for s in styles))
    for name in causes:
        print(name.ljust(width) + "".join(str(table[s][name]).rjust(12) for s in styles))
    print("total".ljust(width) + "".join(str(sum(table[s].values())).rjust(12) for s in styles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
