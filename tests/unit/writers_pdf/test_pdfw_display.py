"""Display type never ends in a one-word line, also where narrowing the measure evenly finds
no setting (the most even setting in the same number of lines is searched)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from newslayout.writers.pdf.display import balanced_breaks
from newslayout.writers.pdf.typeset import DISPLAY_ROLES, DisplayParagraph

HEAD = "First heat wave of summer expected Tuesday"


def test_the_most_even_setting_with_two_words_on_the_last_line() -> None:
    words = [float(len(w)) for w in HEAD.split()]
    assert balanced_breaks(words, 1.0, [18.0], 3) == [2, 5, 7]  # First heat / wave of summer /
    assert balanced_breaks(words, 1.0, [40.0], 2) == [5, 7]  # ... / expected Tuesday
    assert balanced_breaks(words, 1.0, [8.0], 3) is None  # no three lines of 8 hold them


def _lines(para: DisplayParagraph) -> list[str]:
    return [" ".join(str(w) for w in line[1]) for line in para.blPara.lines]


def test_a_head_the_even_narrowing_cannot_fix_ends_in_two_words() -> None:
    style = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=16)
    # greedy: "First heat wave of / summer expected / Tuesday"; narrowed evenly, a 4th line
    width = stringWidth("expected Tuesday", "Helvetica-Bold", 14) + 0.5
    para = DisplayParagraph(HEAD, style)
    para.wrap(width, 1000)
    assert _lines(para) == ["First heat wave", "of summer", "expected Tuesday"]
    for extra, line in para.blPara.lines:  # placed in the full measure: the rest is slack
        assert abs(extra + stringWidth(" ".join(line), "Helvetica-Bold", 14) - width) < 0.01


def test_a_box_title_is_display_type() -> None:
    assert "sidebar_title" in DISPLAY_ROLES
