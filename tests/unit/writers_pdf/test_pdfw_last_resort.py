"""Loose lines: a paragraph with no setting under the gap cap at the usual letter-spacing
tries a little more (``LAST_LETTER_SPACE_EM``) before a line goes over the cap, and only the
lines that need it take it."""

from __future__ import annotations

import io
import itertools
import re

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf import breaking
from newslayout.writers.pdf.breaking import LAST_LETTER_SPACE_EM, LETTER_SPACE_EM, MAX_GAP_EM
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.linebreak import Break, Word, break_paragraph
from newslayout.writers.pdf.tracking import TrackedWords
from newslayout.writers.pdf.typeset import TypeSet

# Capitalised names and short words: few hyphenation points, a narrow column.
TEXT = (
    "The Port Wren council voted 6-3 on Tuesday night to let a pilot tidal turbine be "
    "anchored off the north breakwater, ending two years of hearings that at times filled "
    "the library annex past its fire limit, said Ines Farrow of the Lobster Boat Association."
)
#: A measure (points) at which TEXT has no setting under the cap with the usual tracking.
WIDTH = 116.0


def test_the_last_resort_tracks_more_than_the_usual_limit_and_a_little_only() -> None:
    assert LETTER_SPACE_EM < LAST_LETTER_SPACE_EM <= 2 * LETTER_SPACE_EM


def test_more_tracking_sets_a_paragraph_the_usual_limit_cannot() -> None:
    # words of 20 points and 5 letters, spaces of 3, a 104-point measure (size 10: cap 6)
    words = [Word(20.0, 3.0, chars=5) for _ in range(12)]

    def broken(letter_space: float) -> list[Break] | None:
        return break_paragraph(
            words, [104.0], max_gap=6.0, expand=0.02, condense=0.03, letter_space=letter_space
        )

    assert broken(LETTER_SPACE_EM * 10) is None
    last = broken(LAST_LETTER_SPACE_EM * 10)
    assert last is not None
    breaking.clear_memo()
    chosen = breaking._choose_breaks(tuple(words), (104.0,), 10.0, True)
    breaking.clear_memo()
    assert chosen is not None and [b.word for b in chosen] == [b.word for b in last]


def _set(width: float) -> tuple[list[float], bytes, float]:
    """TEXT set at ``width``: each justified line's tracking (ems) and the drawn PDF."""
    register_fonts()
    breaking.clear_memo()
    ts = TypeSet(load_style("default"), hyphenator_for("en", Log()))
    para = ts.paragraph("body", TEXT)
    para.wrap(width, 10_000)
    size = float(ts.font_of("body").size)
    tracks = [w.track / size for _, w in para.blPara.lines if isinstance(w, TrackedWords)]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    para.drawOn(canvas, 50, 400)
    canvas.save()
    breaking.clear_memo()
    return tracks, buffer.getvalue(), size


def _widest_gaps(data: bytes, size: float) -> tuple[list[str], float]:
    """The words read back from ``data`` and the widest gap (ems) of a justified line."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words(x_tolerance=0.12 * size)
    lines: dict[int, list[dict[str, float]]] = {}
    for w in words:
        lines.setdefault(round(float(w["bottom"])), []).append(w)
    rows = [sorted(r, key=lambda w: w["x0"]) for _, r in sorted(lines.items())]
    gaps = [(b["x0"] - a["x1"]) / size for row in rows[:-1] for a, b in itertools.pairwise(row)]
    printed = " ".join(str(w["text"]) for w in words).replace("\u2010 ", "").replace("- ", "")
    return printed.split(), max(gaps, default=0.0)


def test_a_line_over_the_cap_takes_the_last_resort_and_reads_back_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracks, data, size = _set(WIDTH)
    read, widest = _widest_gaps(data, size)
    assert read == TEXT.split()
    assert widest <= MAX_GAP_EM
    assert max(tracks) > LETTER_SPACE_EM  # the last resort was needed...
    assert max(tracks) <= LAST_LETTER_SPACE_EM + 1e-9
    # ...by one line or two, not the paragraph
    assert sum(t > LETTER_SPACE_EM + 1e-9 for t in tracks) <= 2 < len(tracks)
    assert re.search(rb"[1-9][0-9.]* Tc", data)
    # without it, the same paragraph has a line over the cap
    monkeypatch.setattr(breaking, "LAST_LETTER_SPACE_EM", LETTER_SPACE_EM)
    plain_tracks, plain, _ = _set(WIDTH)
    assert max(plain_tracks) <= LETTER_SPACE_EM + 1e-9
    assert _widest_gaps(plain, size)[1] > MAX_GAP_EM
