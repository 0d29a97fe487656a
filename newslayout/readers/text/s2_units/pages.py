"""One page's lines -> its units: blocks cut into standalone lines, headers and paragraphs.

Blank lines separate blocks. Inside a block a line with a strong cue of its own (a byline,
a jump line, a credit...) or a kicker line is a unit by itself; a bar header ("TOWN | Flax
mill ...", ``barheads``) is cut into its headline and deck; the runs of lines between are
cut into paragraphs (``units.run_pieces``), and the open-ended lines right above a byline
into a header. Units keep their source line numbers and the block they came from.
"""

from __future__ import annotations

import statistics

from newslayout.cues import parse_credit_line, parse_end_byline, parse_jump
from newslayout.model import JumpDirection
from newslayout.readers.text.s2_units.barheads import (
    BAR_DECK,
    BAR_HEAD,
    bar_header,
    deck_block,
    is_bar_head,
)
from newslayout.readers.text.s2_units.gluedkickers import split_glued_kicker
from newslayout.readers.text.s2_units.letterspacing import close_letterspacing
from newslayout.readers.text.s2_units.units import (
    Unit,
    header_block,
    is_byline,
    is_debris,
    is_folio_section,
    is_kicker_line,
    is_page_head,
    is_wrapped_title,
    lower_words,
    run_pieces,
    split_blocks,
    standalone,
)
from newslayout.readers.text.types import NumberedLine

#: Unit role of a headline wrapped over two or three lines between two stories on a page
#: with no blank lines (``units.is_wrapped_title``).
WRAPPED_TITLE = "wrapped-title"
#: Fewest lines of a page with no blank lines for its headers to be told by shape alone.
BLANKLESS_LINES = 20
#: Unit role of a caption set across several columns (see :func:`_wide_caption`).
WIDE_CAPTION = "wide-caption"
#: A wide caption's line is this many times the page's median line (a column's measure).
WIDE_SHARE = 2.2
#: ... and at least this long; at most this many words.
WIDE_MIN_CHARS = 60
WIDE_MAX_WORDS = 60


def _wide_caption(piece: list[NumberedLine], median: float) -> bool:
    """A caption printed across several columns above its picture: one line, far longer
    than the page's column lines, that is one sentence ending in a full stop. pdftotext
    keeps such a line whole, where body text wraps at the column measure. The caller
    also asks for a place a caption takes (a block of its own, or right under a bar
    header), a credit line later on the page, and a bar header on the page: the layouts
    that print captions above their pictures, credits inside them. Elsewhere a credit
    line belongs to the caption printed next to it, and a long one-sentence line is as
    often a paragraph of unwrapped text."""
    if len(piece) != 1 or median <= 0:
        return False
    text = piece[0][1]
    long_enough = len(text) >= max(WIDE_MIN_CHARS, WIDE_SHARE * median)
    if not long_enough or len(text.split()) > WIDE_MAX_WORDS or standalone(text):
        return False
    return text.rstrip().endswith(".") and text[:1].isupper()


def ends_story(line: str) -> bool:
    """A line that closes a story: an end signature ("— Ada Ciepeert") or a jump-out line
    ("Continued on page 2"). In an extraction without blank lines (pdftotext -raw) the next
    story's header follows it with nothing between."""
    text = " ".join(line.split())
    jump = parse_jump(text)
    if jump is not None:
        return jump.direction is JumpDirection.ON
    return parse_end_byline(text) is not None


def _page_head_part(block: list[NumberedLine], index: int) -> bool:
    """The line at ``index`` of a page with no blank lines is its running head: a dated head
    on the first line (``units.is_page_head``), or a folio and section line under it
    ("2 PUZZLES"), with at most drop-capital debris between them."""
    if not block or not is_page_head(block[0][1]):
        return False
    if index == 0:
        return True
    between = [line for _, line in block[1:index]]
    return is_debris(between) and is_folio_section(block[index][1])


def _block_pieces(
    block: list[NumberedLine],
    byline_next: bool,
    whole_headers: frozenset[int],
    by_shape: bool = False,
) -> tuple[list[list[NumberedLine]], list[str]]:
    """The pieces of one block and their roles ("" for most); ``by_shape``: the block is a
    whole page with no blank lines (see :func:`page_units`)."""
    run: list[NumberedLine] = []
    pieces: list[list[NumberedLine]] = []
    roles: list[str] = []
    # The page's words in lower case: a capitalised one of them opens a sentence (rule 67).
    vocabulary = lower_words(block) if by_shape else frozenset()

    def flush(before_byline: bool, after_kicker: bool) -> None:
        for piece in run_pieces(
            run,
            before_byline=before_byline,
            after_kicker=after_kicker,
            by_shape=by_shape,
            vocabulary=vocabulary,
        ):
            pieces.append(piece)
            roles.append(WRAPPED_TITLE if by_shape and is_wrapped_title(piece) else "")
        run.clear()

    after_kicker = False
    index = 0
    while index < len(block):
        item = block[index]
        # A page's running head and the folio line under it stand alone (on a page with no
        # blank lines nothing else sets them off from the header or text under them).
        alone = standalone(item[1]) or (by_shape and _page_head_part(block, index))
        if not alone and is_bar_head(item[1]):
            flush(False, after_kicker)
            whole = item[0] in whole_headers
            header, header_roles, index = bar_header(block, index, whole)
            pieces.extend(header)
            roles.extend(header_roles)
            after_kicker = False
            continue
        kicker = not alone and is_kicker_line(block, index)
        if kicker or alone:
            if run:
                flush(is_byline(item[1]), after_kicker)
            pieces.append([item])
            roles.append("")
            # The lines after a kicker, or after the line that ends a story (its signature,
            # its jump line), open with the next story's headline when they are title-shaped.
            after_kicker = kicker or (alone and ends_story(item[1]))
        else:
            run.append(item)
        index += 1
    if run:
        flush(byline_next, after_kicker)
    return pieces, roles


def page_units(
    page: int, lines: list[NumberedLine], whole_headers: frozenset[int] = frozenset()
) -> list[Unit]:
    """The units of one page, in order. ``whole_headers``: line numbers of bar lines whose
    block is the header alone (``tagkickers.fold_tag_kickers``)."""
    units: list[Unit] = []
    plain = list(split_blocks(lines))
    blankless = len(plain) == 1 and len(plain[0]) >= BLANKLESS_LINES
    blocks = list(
        split_blocks(
            [
                (n, close_letterspacing(split_glued_kicker(line, wrapping=blankless)))
                for n, line in lines
            ]
        )
    )
    lengths = [len(line) for block in blocks for _, line in block]
    barred = any(is_bar_head(line) for block in blocks for _, line in block)
    median = statistics.median(lengths) if len(lengths) >= 20 and barred else 0.0
    # A page with no blank lines (pdftotext -raw) is one block: no blank line sets a header
    # off from the text, so headers are told by their shape alone.
    by_shape = len(blocks) == 1 and len(blocks[0]) >= BLANKLESS_LINES
    deck_next = False
    for block_index, block in enumerate(blocks):
        # pdftotext sets a byline below a blank line when the header type is large: the
        # block above it is then a whole header (cut into kicker, headline and deck).
        following = blocks[block_index + 1] if block_index + 1 < len(blocks) else []
        byline_next = bool(following) and is_byline(following[0][1]) and header_block(block)
        if deck_next and following and deck_block(block):
            pieces, roles = [block], [BAR_DECK]
        else:
            pieces, roles = _block_pieces(block, byline_next, whole_headers, by_shape)
        # A bar header ending its block with no deck: a deck may be the next block.
        deck_next = bool(roles) and roles[-1] == BAR_HEAD
        placed = [
            (len(pieces) == 1 or (k > 0 and roles[k - 1] in (BAR_HEAD, BAR_DECK)))
            and any(
                parse_credit_line(line) for later in blocks[block_index + 1 :] for _, line in later
            )
            for k in range(len(pieces))
        ]
        for piece, role, place in zip(pieces, roles, placed, strict=True):
            if not role and place and _wide_caption(piece, median):
                role = WIDE_CAPTION
            units.append(
                Unit(
                    lines=tuple(line for _, line in piece),
                    page=page,
                    first=piece[0][0],
                    last=piece[-1][0],
                    block=block_index,
                    role=role,
                )
            )
    return units
