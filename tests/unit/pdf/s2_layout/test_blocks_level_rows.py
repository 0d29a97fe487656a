"""Lines of two columns that share a baseline (a jump line at the foot of one column level
with a body line of the next, a caption beside text wrapped round a photo) are two lines when
the region holding them spans both columns: they stand far apart in another size or face."""

from __future__ import annotations

from newslayout.readers.pdf.params import LAYOUT, LayoutSettings
from newslayout.readers.pdf.s2_layout.blocks import region_lines
from newslayout.readers.pdf.s2_layout.columns import segments
from newslayout.readers.pdf.types import Word
from pdf.builders import line_words


def _row(*parts: list[Word]) -> list[str]:
    words = sorted((w for part in parts for w in part), key=lambda w: (w.bottom, w.x0))
    return [line.text for line in region_lines(segments(words))]


def test_a_jump_line_level_with_body_of_the_next_column_is_its_own_line() -> None:
    body = line_words("The local market was", 34, 310, 8.4)
    jump = line_words("Turn to page 2", 303, 311.3, 7.1, italic=True)
    assert _row(body, jump) == ["The local market was", "Turn to page 2"]


def test_a_caption_beside_wrapped_body_text_is_its_own_line() -> None:
    caption = line_words("The old tunnel in Drothton", 20, 200, 7.0, italic=True)
    body = line_words("Work on the factory began", 200, 199.5, 9.0)
    assert _row(caption, body) == ["The old tunnel in Drothton", "Work on the factory began"]


def test_a_wide_gap_in_one_style_keeps_the_row_whole() -> None:
    # A tabbed row of one face ("Weather   12 degrees"): the gap alone does not cut it.
    left = line_words("Weather", 10, 100, 9.0)
    right = line_words("12 degrees", 10 + 9.0 * (LAYOUT.apart + 5), 100, 9.0)
    assert _row(left, right) == ["Weather 12 degrees"]


def test_an_italic_phrase_inside_a_line_stays_on_it() -> None:
    plain = line_words("He read", 10, 100, 9.0)
    phrase = line_words("the Times", plain[-1].x1 + 2.2, 100, 9.0, italic=True)
    assert _row(plain, phrase) == ["He read the Times"]


def test_another_face_just_under_the_gap_keeps_the_row_whole() -> None:
    left = line_words("Sport", 10, 100, 9.0, bold=True)
    right = line_words("page 4", left[-1].x1 + 9.0 * (LAYOUT.apart - 0.5), 100, 9.0)
    assert _row(left, right) == ["Sport page 4"]


def test_a_run_in_label_with_its_text_tabbed_after_it_stays_one_line() -> None:
    # "Saturday:      Farmers' market ..." in a what's-on list: the lines under it fill the gap.
    label = line_words("Saturday:", 30, 100, 8.3, bold=True)
    text = line_words("Farmers market", 100, 100.7, 9.0)
    under = line_words("in the Corn Exchange from nine and a walk", 30, 111, 9.0)
    assert _row(label, text, under)[0] == "Saturday: Farmers market"


def test_a_caption_across_both_columns_above_does_not_hide_the_gutter() -> None:
    # Columns at x 34-185 and 197-348; a smaller caption over both; the last body line of the
    # left column is level with the jump line ending the right column's story.
    caption = line_words(
        "The temporary workshop in Nordby was questioned on Thursday", 34, 288, 7.0
    )
    above = line_words("the plan within weeks and the old", 197, 299, 8.4)
    body = line_words("The local market was", 34, 310, 8.4)
    jump = line_words("Turn to page 2", 290, 311.3, 7.1, italic=True)
    below = line_words("reviewed within weeks so that", 34, 320, 8.4)
    lines = _row(caption, above, body, jump, below)
    assert "The local market was" in lines
    assert "Turn to page 2" in lines


def test_the_cut_reads_its_distances_from_the_layout_settings() -> None:
    # The same jump line level with body text: cut at the default, kept on the line when the
    # paper is tuned to ask for a wider gap than the one printed.
    body = line_words("The local market was", 34, 310, 8.4)
    gap = 8.4 * (LAYOUT.apart + 1.0)
    jump = line_words("Turn to page 2", body[-1].x1 + gap, 311.3, 7.1, italic=True)
    words = sorted(body + jump, key=lambda w: (w.bottom, w.x0))
    wide = LayoutSettings.resolve({"apart": LAYOUT.apart + 2.0})
    assert len(region_lines(segments(words), LAYOUT)) == 2
    assert [line.text for line in region_lines(segments(words), wide)] == [
        "The local market was Turn to page 2"
    ]
