"""Round trip: republish an issue as PDF, read it back with OUR PDF reader, compare.

The tracker's criterion: the same articles come back, with headlines, bylines, paragraph text
in order, captions, credits, and continued articles threaded back into one. It is checked for
the sample issue in every style of ``styles/`` plus the default, for an invented issue (Greek,
Cyrillic and Chinese names, a sidebar with a list, a pull quote) in every style, and for every
issue of the development corpus (PDF read -> written with the default style -> read back).
Each source is rendered and read back once per session (``round_trip`` is cached).

The comparison normalizes only what the two sides legitimately print differently:

- the dateline: the model keeps it apart, the writer prints it in bold at the head of the first
  paragraph, and the PDF reader (like a person) reads it as the paragraph's first words;
- quotes: the typesetter prints straight quotes and apostrophes curly, as the issue's
  language quotes (``quotes.py``), so quotes of any form compare equal;
- sidebars and lists: the PDF reader has no box or list detection yet, so their text is
  checked as present (``test_sidebar_and_list_text_survives``), not as structure.

A case the reader does not get right yet is a strict xfail naming the gap (``GAPS``): it fails
loudly (XPASS) once the reader handles it, and the entry must go.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from pdfw_issues import harbor_issue

import newslayout
from newslayout.diagnostics import Log
from newslayout.model import (
    Article,
    Figure,
    Issue,
    ListBlock,
    Paragraph,
    PullQuote,
    Sidebar,
    article_pages,
    block_text,
    iter_blocks,
)
from newslayout.options import WriteOptions
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.jumps import jump_figures
from newslayout.writers.pdf.layout import Plan

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "harbor-ledger.xml"
STYLES = ["default", *sorted(p.stem for p in (ROOT / "styles").glob("*.toml"))]
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.pdf"))
#: sample-*: the sample reflowed by the writer (its lead jumps); paged-*: the sample page for
#: page as its source paginated it (the default for an issue that knows its pages).
CASES = (
    [f"sample-{s}" for s in STYLES]
    + [f"paged-{s}" for s in STYLES]
    + [f"invented-{s}" for s in STYLES]
    + [f"corpus-{p.stem}" for p in CORPUS]
)


#: Quotes as the typesetter sets them (straight ones printed curly, in the language's form).
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u202f": " ",
    }
)


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


#: The writer's page plan of each round-tripped case (what it jumped).
PLANS: dict[str, Plan] = {}


def _plan_of(case: str) -> Callable[[Plan], None]:
    def keep(plan: Plan) -> None:
        PLANS[case] = plan

    return keep


@cache
def _tmp() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="newslayout-roundtrip-"))


@cache
def source_issue(case: str) -> Issue:
    if case.startswith(("sample-", "paged-")):
        issue, _ = newslayout.read(SAMPLE)
    elif case.startswith("invented-"):
        issue = harbor_issue()
    else:
        issue, _ = newslayout.read(ROOT / "tests" / "corpus" / f"{case[len('corpus-') :]}.pdf")
    return issue


@cache
def round_trip(case: str) -> tuple[Issue, Issue]:
    """(source issue, the issue read back from its republished PDF), once per session."""
    issue = source_issue(case)
    style = case.split("-", 1)[1] if not case.startswith("corpus-") else "default"
    pagination = "reflow" if case.startswith("sample-") else "auto"
    options = WriteOptions(style=style, base_dir=SAMPLE.parent, pagination=pagination)
    data = write_pdf(issue, options=options, log=Log(), on_plan=_plan_of(case))
    path = _tmp() / f"{case}.pdf"
    path.write_bytes(data)
    back, _ = newslayout.read(path)
    return as_printed(issue, back), back


def as_printed(issue: Issue, back: Issue) -> Issue:
    """The source's articles in the order the republished issue prints them: page for page, a
    brief may move to an earlier page to fill a hole (docs/pdf-writer.md, "Filling pages"),
    so the expected order is the source's within each printed page (a stable sort by the
    page its read-back counterpart, matched by headline, starts on)."""
    printed: dict[str, int] = {}
    for article in back.articles:
        pages = article_pages(article)
        printed.setdefault(article.headline, pages[0] if pages else 0)
    if any(a.headline not in printed for a in issue.articles):
        return issue  # a headline did not come back: the tests say which
    ordered = sorted(issue.articles, key=lambda a: printed[a.headline])
    return dataclasses.replace(issue, articles=tuple(ordered))


def _reader_gap(reason: str) -> pytest.MarkDecorator:
    """A case our PDF reader does not get right yet (strict: it fails loudly once fixed)."""
    return pytest.mark.xfail(strict=True, reason=f"PDF reader gap: {reason}")


#: (test, case) -> the reader gap that makes it fail today (measured at this commit). Empty:
#: every case comes back; a gap found later goes here as a strict xfail naming it.
GAPS: dict[tuple[str, str], str] = {}


def _cases(test: str) -> list[object]:
    out: list[object] = []
    for case in CASES:
        gap = GAPS.get((test, case))
        out.append(pytest.param(case, id=case, marks=[_reader_gap(gap)] if gap else []))
    return out


def _body_paragraphs(article: Article) -> list[str]:
    """Paragraph texts of the article's own body (not inside sidebars or lists)."""
    return [_norm(b.text) for b in article.blocks if isinstance(b, Paragraph)]


def _read_back_paragraphs(article: Article) -> Iterator[str]:
    for block in iter_blocks(article.blocks):
        if isinstance(block, Paragraph):
            yield _norm(block.text)


def _strip_known_datelines(text: str, source: Article, back: Article) -> str:
    """The paragraph without a leading dateline (as the source or the reading has it)."""
    for dateline in (_norm(source.dateline), _norm(back.dateline)):
        if dateline and text.startswith(dateline):
            return text[len(dateline) :].lstrip(" \u2014\u2013-,")
    return text


def _figures(issue: Issue) -> list[tuple[str, str]]:
    return sorted(
        (_norm(b.caption_text), _norm(b.credit))
        for a in issue.articles
        for b in iter_blocks(a.blocks)
        if isinstance(b, Figure)
    )


@pytest.mark.parametrize("case", _cases("headlines"))
def test_same_articles_and_headlines_come_back(case: str) -> None:
    issue, back = round_trip(case)
    assert [a.headline for a in back.articles] == [a.headline for a in issue.articles]
    assert back.meta.publication == issue.meta.publication


@pytest.mark.parametrize("case", _cases("kickers"))
def test_kickers_come_back_as_printed(case: str) -> None:
    """Kickers print as given (capitals are a style option), so their case comes back."""
    issue, back = round_trip(case)
    got = [_norm(a.kicker) for a in back.articles]
    assert got == [_norm(a.kicker) for a in issue.articles]


@pytest.mark.parametrize("case", _cases("bylines"))
def test_bylines_come_back(case: str) -> None:
    issue, back = round_trip(case)
    for a, b in zip(issue.articles, back.articles, strict=True):
        wanted = [_norm(x.printed) for x in a.bylines if x.printed.strip()]
        got = [_norm(x.printed) for x in b.bylines]
        assert all(w in got for w in wanted), (a.headline, wanted, got)


@pytest.mark.parametrize("case", _cases("captions"))
def test_captions_and_credits_come_back(case: str) -> None:
    issue, back = round_trip(case)
    printed = [f for f in _figures(issue) if f[1]]  # a figure without a credit prints none
    assert set(printed) <= set(_figures(back))
    assert len(_figures(back)) == len(_figures(issue))


@pytest.mark.parametrize("case", _cases("paragraphs"))
def test_paragraphs_come_back_in_order_in_their_article(case: str) -> None:
    issue, back = round_trip(case)
    for a, b in zip(issue.articles, back.articles, strict=True):
        got = [_strip_known_datelines(t, a, b) for t in _read_back_paragraphs(b)]
        wanted = [_strip_known_datelines(t, a, b) for t in _body_paragraphs(a)]
        positions = [got.index(t) if t in got else -1 for t in wanted]
        missing = [t[:50] for t, p in zip(wanted, positions, strict=True) if p < 0]
        assert not missing, (a.headline, missing)
        assert positions == sorted(positions), a.headline


@pytest.mark.parametrize("case", _cases("threads"))
def test_continued_articles_are_threaded_back_into_one(case: str) -> None:
    issue, back = round_trip(case)
    assert len(back.articles) == len(issue.articles)  # no stray continuation article
    for article in back.articles:
        assert all(j.resolved for j in article.jumps), article.headline
    if case.startswith("sample-") and jump_figures(PLANS[case]).jumped:
        # (A sample where the jump rule lets nothing jump, or that fits on its front page, has
        # nothing to thread.)
        assert any(len(article_pages(b)) > 1 for b in back.articles), "a jumped story"


@pytest.mark.parametrize("case", _cases("quotes"))
def test_pull_quotes_keep_their_attribution(case: str) -> None:
    issue, back = round_trip(case)
    wanted = sorted(
        (_norm(block_text(b)), _norm(b.attribution))
        for a in issue.articles
        for b in iter_blocks(a.blocks)
        if isinstance(b, PullQuote)
    )
    got = sorted(
        (_norm(block_text(b)), _norm(b.attribution))
        for a in back.articles
        for b in iter_blocks(a.blocks)
        if isinstance(b, PullQuote)
    )
    assert set(wanted) <= set(got)


@pytest.mark.parametrize("case", [c for c in CASES if not c.startswith("corpus-")])
def test_sidebar_and_list_text_survives(case: str) -> None:
    issue, back = round_trip(case)
    text = " ".join(_norm(block_text(b)) for a in back.articles for b in iter_blocks(a.blocks))
    for article in issue.articles:
        for block in iter_blocks(article.blocks):
            if isinstance(block, ListBlock):
                for item in block.items:
                    words = _norm(item.text).split()
                    assert " ".join(words[:3]) in text
            if isinstance(block, Sidebar) and block.title:
                assert block.title in text
