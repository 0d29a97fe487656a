"""Credits kept in the caption's block, or wrapped over two blocks, come out whole."""

from __future__ import annotations

from dataclasses import replace

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.figure_drafts import group_figures, leading_credit
from newslayout.readers.pdf.s5_compose.compose import figure_credit
from newslayout.readers.pdf.types import BlockRole, ImageRef, Line, Picture, TextBlock
from pdf.builders import classified, line_words

REGION = Box(x0=50, top=50, x1=400, bottom=700)
PHOTO = Picture(image=ImageRef(box=Box(x0=50, top=200, x1=400, bottom=400)), order=1)


def _line(text: str, x0: float, top: float, size: float, font: str = "Sans") -> Line:
    words = [replace(w, font=font) for w in line_words(text, x0, top, size)]
    return Line(words=tuple(words))


def _caption(*lines: Line) -> TextBlock:
    return TextBlock(lines=lines, region=REGION, order=2)


def test_a_smaller_credit_line_over_the_caption_splits_off() -> None:
    block = _caption(
        _line("NILS JING FOR CLARTBRIDGE ECHO", 250, 402, 6.0),
        _line("The numbers simply do not add up, said a", 50, 410, 6.9),
        _line("local trader on Friday.", 50, 419, 6.9),
    )
    credit, caption = leading_credit(classified(block, BlockRole.CAPTION))
    assert credit.role is BlockRole.CREDIT
    assert credit.block.text == "NILS JING FOR CLARTBRIDGE ECHO"
    assert caption.role is BlockRole.CAPTION
    assert caption.block.text.startswith("The numbers")


def test_a_caption_whose_first_line_is_in_its_own_type_stays_whole() -> None:
    # Same size and face: the first words are the caption's, even when they read as names.
    block = _caption(
        _line("Ana Ruiz / Harbor Ledger staff walk", 50, 402, 6.9),
        _line("the pier on Friday.", 50, 411, 6.9),
    )
    found = classified(block, BlockRole.CAPTION)
    assert leading_credit(found) == (found,)


def test_a_smaller_first_line_that_is_no_credit_stays_in_the_caption() -> None:
    block = _caption(
        _line("TRANSPORT", 50, 402, 6.0),
        _line("The numbers simply do not add up.", 50, 410, 6.9),
    )
    found = classified(block, BlockRole.CAPTION)
    assert leading_credit(found) == (found,)


def test_the_split_credit_joins_the_captions_picture() -> None:
    block = _caption(
        _line("NILS JING FOR CLARTBRIDGE ECHO", 250, 402, 6.0),
        _line("The numbers simply do not add up, said a trader.", 50, 410, 6.9),
    )
    (fig,) = group_figures([classified(block, BlockRole.CAPTION)], [PHOTO], page=1, log=Log())
    assert [c.block.text for c in fig.credits] == ["NILS JING FOR CLARTBRIDGE ECHO"]
    assert [c.block.text for c in fig.captions] == [
        "The numbers simply do not add up, said a trader."
    ]
    assert figure_credit(fig, "The numbers simply do not add up, said a trader.")[1] == (
        "NILS JING FOR CLARTBRIDGE ECHO"
    )


def _credit_block(text: str, top: float) -> TextBlock:
    return TextBlock(lines=(_line(text, 300, top, 6.0),), region=REGION, order=3)


def test_a_run_in_credit_wrapped_onto_its_own_line_is_read_whole() -> None:
    (fig,) = group_figures(
        [classified(_credit_block("Biex", 412), BlockRole.CREDIT)], [PHOTO], page=1, log=Log()
    )
    caption, credit, printed = figure_credit(fig, "Doors stay open, he said. Photo: Nils")
    assert (caption, credit, printed) == (
        "Doors stay open, he said.",
        "Nils Biex",
        "Photo: Nils Biex",
    )


def test_a_credit_wrapped_over_two_blocks_is_read_whole() -> None:
    blocks = [
        classified(_credit_block("Orla Clouceem / Mathton", 402), BlockRole.CREDIT),
        classified(_credit_block("Courier", 409), BlockRole.CREDIT),
    ]
    (fig,) = group_figures(blocks, [PHOTO], page=1, log=Log())
    assert figure_credit(fig, "")[1] == "Orla Clouceem / Mathton Courier"


def test_a_caption_beside_a_photo_is_its_not_that_of_a_portrait_under_it() -> None:
    # The caption column stands left of a wide photo, level with its foot; a small portrait
    # sits under the caption column. Captions hang under or beside their picture, not over.
    wide = Picture(image=ImageRef(box=Box(x0=113, top=614, x1=850, bottom=1081)), order=1)
    portrait = Picture(image=ImageRef(box=Box(x0=45, top=1107, x1=102, bottom=1180)), order=2)
    lines = tuple(_line("Wenn die", 78, 989 + 10 * i, 8.0) for i in range(5))
    block = TextBlock(lines=lines, region=REGION, order=3)
    figs = group_figures([classified(block, BlockRole.CAPTION)], [wide, portrait], 1, Log())
    assert [len(f.captions) for f in figs] == [1, 0]


def test_a_credit_prefix_ending_the_caption_takes_the_name_under_it() -> None:
    (fig,) = group_figures(
        [classified(_credit_block("Dagny Foard", 412), BlockRole.CREDIT)], [PHOTO], 1, Log()
    )
    got = figure_credit(fig, "It is not the end, said a retired engineer. Foto:")
    assert got == (
        "It is not the end, said a retired engineer.",
        "Dagny Foard",
        "Foto: Dagny Foard",
    )


def test_a_credit_line_that_stands_on_its_own_is_not_run_into_the_captions() -> None:
    (fig,) = group_figures(
        [classified(_credit_block("REUTERS", 412), BlockRole.CREDIT)], [PHOTO], 1, Log()
    )
    got = figure_credit(fig, "Doors stay open, he said. Photo: Sam Ito")
    assert got == ("Doors stay open, he said.", "REUTERS", "REUTERS")
