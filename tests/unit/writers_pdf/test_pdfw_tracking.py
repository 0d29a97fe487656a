"""Loose lines: the gap cap kept by tracking where spaces alone cannot, and as few lines over
it as can be when a paragraph cannot be set under it at all."""

from __future__ import annotations

import io
import itertools
import re
from typing import Any

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf import breaking
from newslayout.writers.pdf.breaking import EXPAND, LETTER_SPACE_EM, MAX_GAP_EM
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.linebreak import (
    Break,
    Justified,
    Word,
    break_paragraph,
    justify,
    squeeze,
    tracking,
    visible_gap,
)
from newslayout.writers.pdf.tracking import TrackedWords
from newslayout.writers.pdf.typeset import TypeSet

# Capitalised names and short words: few hyphenation points, a narrow column.
TEXT = (
    "The Port Wren council voted 6-3 on Tuesday night to let a pilot tidal turbine be "
    "anchored off the north breakwater, ending two years of hearings that at times filled "
    "the library annex past its fire limit, said Ines Farrow of the Lobster Boat Association."
)


def test_tracking_is_zero_when_the_spaces_alone_stay_under_the_cap() -> None:
    assert tracking(slack=4.0, spaces=4, chars=30, space=2.8, gap=5.4, most=0.3) == 0.0


def test_tracking_brings_the_visible_gap_down_to_the_aim_within_its_limit() -> None:
    track = tracking(slack=14.0, spaces=4, chars=30, space=2.8, gap=5.4, most=1.0)
    assert 0 < track < 1.0
    assert abs(visible_gap(14.0, 4, 30, 2.8, track) - 5.4) < 1e-9
    capped = tracking(slack=40.0, spaces=4, chars=30, space=2.8, gap=5.4, most=0.2)
    assert capped == 0.2


def test_a_loose_line_widens_its_glyphs_first_then_tracks_what_is_left() -> None:
    # 100 points of glyphs and 4 spaces of 3 in a 130-point measure: gaps of 7.5 plain
    kwargs = {"aim": 5.4, "letter_space": 0.3}
    plain = justify(130.0, 112.0, 100.0, 4, 40, 3.0, expand=0.0, letter_space=0.0, aim=5.4)
    assert plain.scale == 1.0 and plain.track == 0.0 and abs(plain.gap - 7.5) < 1e-9
    widened = justify(130.0, 112.0, 100.0, 4, 40, 3.0, expand=0.02, **kwargs)
    assert widened.scale == 1.02 and 0 < widened.track <= 0.3
    assert abs(widened.gap - 5.4) < 1e-9
    enough = justify(130.0, 112.0, 100.0, 4, 40, 3.0, expand=0.2, **kwargs)
    assert 1.0 < enough.scale < 1.2 and enough.track == 0.0 and abs(enough.gap - 5.4) < 1e-9
    tight = justify(113.0, 112.0, 100.0, 4, 40, 3.0, expand=0.02, **kwargs)
    assert tight.scale == 1.0 and tight.track == 0.0


def _loose(words: list[Word], widths: list[float], breaks: list[Break], cap: float) -> int:
    """Justified lines (all but the last) whose spaces exceed ``cap``."""
    count, start = 0, -1
    for end in breaks[:-1]:
        line = words[start + 1 : end.word + 1]
        natural = sum(w.width for w in line) + sum(w.space for w in line[:-1])
        spaces = len(line) - 1
        if not spaces or line[0].space + (widths[0] - natural) / spaces > cap:
            count += 1
        start = end.word
    return count


def test_a_little_tracking_lets_a_paragraph_meet_the_cap() -> None:
    # words of 20 points, spaces of 3: four words make 89 of a 100-point line, 11 points of
    # slack over 3 spaces (gaps of 6.7 > cap 6); tracking 0.1 over 83 advances takes 8.3
    words = [Word(20.0, 3.0, chars=8) for _ in range(12)]
    assert break_paragraph(words, [100.0], max_gap=6.0) is None
    breaks = break_paragraph(words, [100.0], max_gap=6.0, letter_space=0.1)
    assert breaks is not None and len(breaks) == 3


def test_without_a_set_under_the_cap_as_few_lines_as_can_be_go_over() -> None:
    # no set of lines keeps every gap under 6 points; plain total fit (no cap) spreads the
    # looseness over four lines, the capped second pass over two
    widths = (20, 60, 10, 30, 30, 30, 60, 60, 10, 40, 30, 10, 10, 30)
    words = [Word(w, 3.0) for w in widths]
    assert break_paragraph(words, [100.0], max_gap=6.0) is None
    soft = break_paragraph(words, [100.0], max_gap=6.0, hard=False)
    free = break_paragraph(words, [100.0], max_gap=None)
    assert soft is not None and free is not None
    assert _loose(words, [100.0], soft, 6.0) == 2
    assert _loose(words, [100.0], free, 6.0) == 4


def _typeset() -> TypeSet:
    register_fonts()
    return TypeSet(load_style("default"), hyphenator_for("en", Log()))


def test_a_tracked_line_is_drawn_with_char_spacing_and_reads_back_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # without squeezing, this paragraph keeps its gaps under the cap by widening and tracking
    monkeypatch.setattr(breaking, "CONDENSE", 0.0)
    monkeypatch.setattr(breaking, "TIGHTEN_EM", 0.0)
    breaking.clear_memo()
    ts = _typeset()
    para = ts.paragraph("body", TEXT)
    width = 138.0
    para.wrap(width, 10_000)
    marked = [w for _, w in para.blPara.lines if isinstance(w, TrackedWords)]
    tracked = [w.track for w in marked if w.track]
    assert tracked, "a narrow column of names needs some tracking"
    assert all(1.0 <= w.scale <= 1 + EXPAND for w in marked) and any(w.scale > 1 for w in marked)
    size = float(ts.font_of("body").size)
    assert max(tracked) <= LETTER_SPACE_EM * size + 1e-9
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    para.drawOn(canvas, 50, 400)
    canvas.save()
    assert re.search(rb"[1-9][0-9.]* Tc", buffer.getvalue())  # tracking set, then 0 Tc
    assert re.search(rb"10[0-3](\.[0-9]+)? Tz", buffer.getvalue())  # widened by 3% at most
    breaking.clear_memo()
    _reads_back_under_the_cap(buffer.getvalue(), size)


def test_a_line_a_word_too_long_is_narrowed_and_tightened_and_reads_back_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # without the quiet first try (tracking alone), the wider limits squeeze words in
    monkeypatch.setattr(breaking, "QUIET", breaking.Limits(letter_space_em=0.0, expand=0.0))
    monkeypatch.setattr(breaking, "CONDENSE", 0.03)
    monkeypatch.setattr(breaking, "TIGHTEN_EM", 0.03)
    breaking.clear_memo()
    ts = _typeset()
    para = ts.paragraph("body", TEXT)
    para.wrap(138.0, 10_000)
    marked = [w for _, w in para.blPara.lines if isinstance(w, TrackedWords)]
    squeezed = [w for w in marked if w.scale < 1.0 or w.track < 0]
    assert squeezed, "a word too long for a narrow column is squeezed in"
    size = float(ts.font_of("body").size)
    assert all(w.scale >= 1 - 0.03 - 1e-9 for w in squeezed)
    assert all(w.track >= -0.03 * size - 1e-9 for w in squeezed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    para.drawOn(canvas, 50, 400)
    canvas.save()
    assert re.search(rb"9[7-9](\.[0-9]+)? Tz", buffer.getvalue())  # narrowed by 3% at most
    breaking.clear_memo()
    _reads_back_under_the_cap(buffer.getvalue(), size)


def test_squeeze_narrows_the_glyphs_first_then_tightens_within_its_limits() -> None:
    # 90 points of glyphs and 11 of spaces (shrinking to 7.7): 97.7 at the tightest
    assert squeeze(100.0, 101.0, 90.0, 11.0, 50, count=4, condense=0.03, tighten=0.2) == Justified()
    narrowed = squeeze(100.0, 104.5, 90.0, 11.0, 50, count=4, condense=0.03, tighten=0.2)
    assert narrowed is not None and 0.97 < narrowed.scale < 1.0 and narrowed.track == 0.0
    tightened = squeeze(100.0, 108.0, 90.0, 11.0, 50, count=4, condense=0.03, tighten=0.2)
    assert tightened is not None and tightened.scale == 0.97 and -0.2 <= tightened.track < 0
    assert squeeze(100.0, 120.0, 90.0, 11.0, 50, count=4, condense=0.03, tighten=0.2) is None


def test_a_word_too_long_for_the_line_is_squeezed_in_rather_than_leave_a_loose_line() -> None:
    # words of 20 points, spaces of 3: four words are 89 points, five 112 (tightest 108.4)
    # in a 106-point line: without squeezing every line has four words and 17 points of
    # slack over 3 spaces (gaps of 8.7, over the cap of 6); narrowed by 2.2% five fit
    words = [Word(20.0, 3.0, chars=8) for _ in range(15)]
    assert break_paragraph(words, [106.0], max_gap=6.0) is None
    breaks = break_paragraph(words, [106.0], max_gap=6.0, condense=0.03)
    assert breaks is not None and [b.word for b in breaks] == [4, 9, 14]


def _reads_back_under_the_cap(data: bytes, size: float) -> None:
    """The paragraph drawn in ``data`` reads back word for word, every justified line's
    gaps within the cap."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(x_tolerance=0.12 * size)
    printed = " ".join(w["text"] for w in words).replace("\u2010 ", "").replace("- ", "")
    assert printed.split() == TEXT.split()
    # every justified line's widest gap within the cap, as printed
    lines: dict[int, list[dict[str, float]]] = {}
    for w in words:
        lines.setdefault(round(float(w["bottom"])), []).append(w)
    rows = [sorted(r, key=lambda w: w["x0"]) for _, r in sorted(lines.items())]
    for row in rows[:-1]:
        gaps = [(b["x0"] - a["x1"]) / size for a, b in itertools.pairwise(row)]
        assert not gaps or max(gaps) <= MAX_GAP_EM, gaps


def test_a_paragraph_set_under_the_cap_quietly_keeps_its_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # words of 20 points, spaces of 3 in a 110-point line: five words a line fit at natural
    # spacing less a little (112, 108.4 at the tightest), so the quiet limits set the
    # paragraph and the wider ones (squeezing) are never tried
    tried: list[float] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        tried.append(kwargs["condense"])
        return break_paragraph(*args, **kwargs)

    monkeypatch.setattr(breaking, "break_paragraph", recording)
    monkeypatch.setattr(breaking, "CONDENSE", 0.03)
    breaking.clear_memo()
    words = tuple(Word(20.0, 3.0, chars=8) for _ in range(10))
    chosen = breaking._choose_breaks(words, (110.0,), 10.0, True)
    breaking.clear_memo()
    assert chosen is not None and [b.word for b in chosen] == [4, 9]
    assert tried == [0.0]
    # a line a word too long for the quiet limits goes on to the wider ones
    tried.clear()
    squeezed = breaking._choose_breaks(words, (108.0,), 10.0, True)
    breaking.clear_memo()
    assert squeezed is not None and [b.word for b in squeezed] == [4, 9]
    assert tried == [0.0, 0.03]
