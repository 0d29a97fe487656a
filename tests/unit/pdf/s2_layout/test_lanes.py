"""A caption's or credit's lines set beside text wrapped round their photo, read as one block
(``s2_layout.lanes``) and, where the baseline cut split a row, each column's lines together
(``blocks.rejoin_lanes``)."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.blocks import region_lines
from newslayout.readers.pdf.s2_layout.columns import segments
from newslayout.readers.pdf.s2_layout.lanes import rejoin_small_print
from pdf.builders import line_words, text_block

BODY = 8.2


def test_a_credit_broken_by_the_wrapped_text_beside_it_is_one_block_again() -> None:
    credit = text_block("Photo: Juno", 244, 330, 5.7)
    body = text_block("pupils funds", 182, 331, BODY)
    rest = text_block("Shoacluss", 244, 338, 5.7)
    after = text_block("the station,", 182, 341, BODY)
    out = rejoin_small_print([credit, body, rest, after], BODY)
    assert [b.text for b in out] == ["Photo: Juno Shoacluss", "pupils funds", "the station,"]


def test_small_print_in_its_own_lane_with_nothing_between_is_left_alone() -> None:
    # Two captions one under the other with no other lane's line between them were split for
    # a reason of their own (a paragraph end): they stay two.
    first = text_block("A quiet harbour at dawn.", 244, 330, 5.7)
    second = text_block("Photo: Juno Shoacluss", 244, 337, 5.7)
    assert len(rejoin_small_print([first, second], BODY)) == 2


def test_small_print_under_body_text_of_its_own_lane_is_not_joined() -> None:
    # The block between shares the credit's width: it is the same lane's text, not beside it.
    credit = text_block("Photo: Juno", 244, 330, 5.7)
    body = text_block("pupils funds", 240, 331, BODY)
    rest = text_block("Shoacluss", 244, 338, 5.7)
    assert len(rejoin_small_print([credit, body, rest], BODY)) == 3


def test_body_size_blocks_are_never_joined() -> None:
    left = text_block("the council said", 182, 330, BODY)
    other = text_block("Photo: Juno", 244, 331, 5.7)
    more = text_block("on Monday", 182, 340, BODY)
    assert len(rejoin_small_print([left, other, more], BODY)) == 3


def test_a_credit_level_with_the_wrapped_text_is_read_after_that_text() -> None:
    # Body text wrapped left of a photo; the photo's credit, right-aligned under it, has its
    # second line on the baseline of a body line (the cut splits it off). The credit's two
    # lines are read together, after the body lines beside them.
    rows = [
        line_words("following a", 329, 570, BODY),
        line_words("public", 329, 580, BODY),
        line_words("EMIL GRAR FOR", 419, 586, 6.0),
        line_words("meeting.", 329, 589, BODY),
        line_words("TRUNGFIELD TRIBUNE", 400, 590.8, 6.0),
        line_words("The", 337, 600, BODY),
    ]
    words = sorted((w for r in rows for w in r), key=lambda w: (w.bottom, w.x0))
    lines = [line.text for line in region_lines(segments(words))]
    assert lines == [
        "following a",
        "public",
        "meeting.",
        "The",
        "EMIL GRAR FOR",
        "TRUNGFIELD TRIBUNE",
    ]


def test_a_line_across_the_cut_ends_the_columns_kept_apart() -> None:
    rows = [
        line_words("public", 329, 580, BODY),
        line_words("meeting.", 329, 589, BODY),
        line_words("TRUNGFIELD TRIBUNE", 400, 590.8, 6.0),
        line_words("opened last week as the passenger numbers grow", 329, 622, BODY),
        line_words("Photo: Kai Lund", 420, 633, 6.0),
    ]
    words = sorted((w for r in rows for w in r), key=lambda w: (w.bottom, w.x0))
    lines = [line.text for line in region_lines(segments(words))]
    assert lines[-2:] == ["opened last week as the passenger numbers grow", "Photo: Kai Lund"]
    assert lines.index("TRUNGFIELD TRIBUNE") == lines.index("meeting.") + 1


def test_a_kicker_and_a_byline_a_size_apart_stay_two_blocks() -> None:
    # A side column beside a head: "THE ECONOMY" (8.6 pt) over "Di Quin Shodrill" (8.2 pt),
    # the head's lines between them: a kicker and a byline, not one piece of small print.
    kicker = text_block("THE ECONOMY", 456, 539, 8.6, bold=True)
    head = text_block("Costly railway", 173, 540, 14.4)
    byline = text_block("Di Quin Shodrill", 456, 552.6, 8.2, bold=True)
    assert len(rejoin_small_print([kicker, head, byline], 9.6)) == 3
