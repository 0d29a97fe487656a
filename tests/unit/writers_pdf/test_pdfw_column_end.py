"""A column never ends in a break hyphen: a paragraph split between columns is set again so
that the line the split ends with ends in a whole word (issue 13)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.linebreak import Word, break_paragraph
from newslayout.writers.pdf.typeset import (
    CachedParagraph,
    TypeSet,
    _is_break_hyphen,
    _last_word,
)

WIDTH = 140.0
TEXT = (
    "Volunteers stitched the recycled sail cloth into shopping bags for the harbour "
    "festival, and the lobster boats that work closest to the breakwater will be open to "
    "visitors throughout the afternoon, weather permitting, before the evening concert."
)


def _words() -> list[Word]:
    # "A B-" fills line 1 exactly; "A" alone is loose, "A B" too long: the best ends in a hyphen
    return [Word(50.0, 5.0), Word(60.0, 5.0, ((45.0, 15.0),)), *[Word(30.0, 5.0)] * 6]


def test_the_breaker_keeps_the_plain_line_free_of_a_hyphen() -> None:
    words = _words()
    free = break_paragraph(words, [100.0], max_gap=None)
    assert free is not None and any(b.hyphen for b in free)
    hyphened = next(i for i, b in enumerate(free) if b.hyphen) + 1
    plain = break_paragraph(words, [100.0], max_gap=None, plain=hyphened)
    assert plain is not None and plain != free
    assert not plain[hyphened - 1].hyphen


def test_no_plain_set_of_lines_is_none() -> None:
    # one long word that fits only broken: line 1 must end in its hyphen
    words = [Word(80.0, 5.0, ((50.0, 35.0),))]
    assert break_paragraph(words, [60.0], max_gap=None, plain=1) is None
    assert break_paragraph(words, [60.0], max_gap=None) is not None


def _para(text: str) -> CachedParagraph:
    register_fonts()
    ts = TypeSet(load_style("default"), hyphenator_for("en", Log()))
    para = ts.paragraph("body", text)
    assert isinstance(para, CachedParagraph)
    return para


def test_no_split_of_a_paragraph_ends_its_column_in_a_hyphen() -> None:
    leading = float(_para(TEXT).style.leading)
    hyphened = 0  # splits ReportLab alone ends in a hyphen: the cases this test is about
    for repeat in (1, 2, 3):
        text = " ".join([TEXT] * repeat)
        for lines in range(2, 9):
            raw = Paragraph.split(_para(text), WIDTH, lines * leading + 1.0)
            if len(raw) == 2:
                hyphened += _is_break_hyphen(_last_word(raw[0], WIDTH, lines * leading + 1.0))
            for split in ("split", "split_anyhow"):
                para = _para(text)
                parts = getattr(para, split)(WIDTH, lines * leading + 1.0)
                if len(parts) != 2:
                    continue
                end = _last_word(parts[0], WIDTH, lines * leading + 1.0)
                assert not _is_break_hyphen(end), (repeat, lines, split, end)
                assert parts[0].height <= lines * leading + 1.0
    assert hyphened


def test_a_split_whose_line_ends_whole_is_untouched() -> None:
    para = _para(TEXT)
    leading = float(para.style.leading)
    twins = 0
    for lines in range(2, 6):
        again = _para(TEXT)
        parts = again._split_plain(WIDTH, lines * leading + 1.0)
        plain = _para(TEXT)
        raw = Paragraph.split(plain, WIDTH, lines * leading + 1.0)
        if len(raw) == 2 and not _is_break_hyphen(_last_word(raw[0], WIDTH, lines * leading)):
            assert [p.getPlainText() for p in parts] == [p.getPlainText() for p in raw]
        else:
            twins += 1
    assert twins < 4


def test_a_split_asked_again_gives_the_same_parts_as_a_fresh_paragraph() -> None:
    """The split decision is kept per width and height (the balancer asks again and again):
    asking the same paragraph again, or a loosened copy, answers as a fresh paragraph does."""
    text = " ".join([TEXT] * 3)
    leading = float(_para(text).style.leading)
    for lines in range(2, 9):
        height = lines * leading + 1.0
        para = _para(text)
        first = [p.getPlainText() for p in para.split(WIDTH, height)]
        again = [p.getPlainText() for p in para.split(WIDTH, height)]
        fresh = [p.getPlainText() for p in _para(text).split(WIDTH, height)]
        assert first == again == fresh
        twin = para.loosened(1)
        assert "_split_memo" not in twin.__dict__  # a copy decides for itself
        assert [p.getPlainText() for p in twin.split(WIDTH, height)] == [
            p.getPlainText() for p in _para(text).loosened(1).split(WIDTH, height)
        ]
