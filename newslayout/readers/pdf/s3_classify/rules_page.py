"""Classification rules for the page's own apparatus: masthead, teasers, running heads, folios
and furniture (everything on a page that belongs to no story).

Split from ``rules`` (same stage), which holds the story rules and the ordered
table; the helpers both use (page bands, word counts) live here.
"""

from __future__ import annotations

import re

from newslayout.cues import (
    parse_date,
    parse_edition,
    parse_issue_number,
    parse_jump,
    parse_teaser_pointer,
    parse_volume_alone,
    parse_volume_number,
    split_teaser,
)
from newslayout.cues.web import without_web_addresses
from newslayout.readers.pdf.params import CLASSIFY, QUOTE_OF_HEAD
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.index_box import index_rows
from newslayout.readers.pdf.s3_classify.teaser_rows import (
    heads_below,
    labelled_heads,
    rail_head,
    right_on_row,
    row_cells,
)
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: Top and bottom page bands (fractions of the height) where running heads and folios live.
TOP_BAND = 0.06
BOTTOM_BAND = 0.05
#: A nameplate is set at least this many times the body size.
NAMEPLATE_RATIO = 2.5
#: Two sizes this close (as a share of the larger) are the nameplate's one size.
PLATE_SAME_SIZE = 0.05
#: A nameplate's next line sits at most this many of its sizes under the line above it.
PLATE_LINE_GAP = 0.6
#: Two letters in a row: a block with words, not only digits, marks or rules.
LETTERS = re.compile(r"[^\W\d_]{2,}")
_PRICE = re.compile(r"^[$€£]\s?\d+([.,]\d\d)?$|^\d+([.,]\d\d)?\s?[$€£]$|^price\b", re.IGNORECASE)


def block_words(block: TextBlock) -> int:
    return len(block.text.split())


def is_headline_type(block: TextBlock, ctx: PageContext) -> bool:
    """Set like a headline: large (and usually bold) type, at most a few lines of words."""
    size = block.size
    big = ctx.scale.headline_size(size) and (block.bold or ctx.scale.display_size(size))
    return big and block_words(block) <= 40 and bool(LETTERS.search(block.text))


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def ornament(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Quote marks, bullets and dingbats set on their own carry no text."""
    return None if any(c.isalnum() for c in block.text) else BlockRole.ORNAMENT


def margin_furniture(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Running heads and folios: small lines in the top or bottom band of the page, and a
    section name set larger on the running head's row (``section_head``)."""
    box = block.box
    small = ctx.scale.running_head_size(block.size) and len(block.lines) <= 2
    if small and box.bottom <= TOP_BAND * ctx.height:
        return BlockRole.FURNITURE
    if section_head(block, ctx) or running_head_line(block, ctx) or dateline_strip(block, ctx):
        return BlockRole.FURNITURE
    if nameplate(ctx) is None and _above_folio_row(block, ctx):
        return BlockRole.FURNITURE  # ears, weather and printer's marks over a drawn nameplate
    # The foot of a column that runs down into the band is story text, not a folio.
    column_foot = block.region.top < (1 - BOTTOM_BAND) * ctx.height - 2 * ctx.body
    if small and box.top >= (1 - BOTTOM_BAND) * ctx.height and not column_foot:
        return None if _paragraph_under_text(block, ctx) else BlockRole.FURNITURE
    return None


#: A paragraph follows the one above it in its column within this many body sizes (its
#: leading); a folio under the last line of a column is set further off.
PARAGRAPH_LEAD = 0.5
#: Two paragraphs of one column are set in one size (as a share of the larger).
PARAGRAPH_SAME_SIZE = 0.05


def _paragraph_under_text(block: TextBlock, ctx: PageContext) -> bool:
    """A new paragraph at the foot of a column (a region of its own: it opens with an
    indent) that runs down into the folio band: the text above it in its column, set in its
    size and flush with its left edge at a paragraph's distance, says it is story text."""
    above = ctx.above(block, PARAGRAPH_LEAD * ctx.body)
    return (
        above is not None
        and len(above.lines) >= 2
        and abs(above.size - block.size) <= PARAGRAPH_SAME_SIZE * max(above.size, block.size)
        and abs(above.box.x0 - block.box.x0) <= ctx.body
        and abs(above.box.x1 - block.box.x1) <= ctx.body
    )


#: A section name on the running head may be set up to this many times the body size.
SECTION_HEAD_RATIO = 1.75


def _small_row_cells(block: TextBlock, ctx: PageContext, *, top_band_only: bool = False) -> int:
    """How many other blocks in small type share ``block``'s row (the cells of a running
    head: folio, paper, date), counting only those in the top band when asked."""
    box = block.box
    cells = 0
    for other in ctx.blocks:
        ob = other.box
        shared = min(box.bottom, ob.bottom) - max(box.top, ob.top)
        if other is block or shared <= 0.5 * min(box.height, ob.height):
            continue
        if top_band_only and ob.bottom > TOP_BAND * ctx.height:
            continue
        cells += ctx.scale.running_head_size(other.size)
    return cells


def section_head(block: TextBlock, ctx: PageContext) -> bool:
    """A page's section name ("LOCAL", "Opinion & Sport") set larger than the running head
    it shares its row with (the paper's name, the date, the folio), in the top band with
    nothing above it: page furniture, not a headline opening an empty story."""
    box = block.box
    if len(block.lines) != 1 or block_words(block) > 5 or box.bottom > TOP_BAND * ctx.height:
        return False
    if block.size > SECTION_HEAD_RATIO * ctx.body:
        return False
    if any(o.box.bottom <= box.top and o is not block for o in ctx.blocks):
        return False
    return _small_row_cells(block, ctx, top_band_only=True) >= 1


#: A running head's folio: a page number (or a section page such as "A4") at either end of a
#: short line ("02 der tag", "das thema 03", "Page 4 | Opinion").
_FOLIO_END = re.compile(r"^\s*(?:page\s+)?[A-Z]?\d{1,3}\s+\S|\S\s+[A-Z]?\d{1,3}\s*$", re.IGNORECASE)
_POINTER_WORDS = re.compile(r"\b(?:pages?|pp?|seite|page|pagina|página|sida|side)\b\.?|\d+", re.I)
#: Running heads sit in the top band; a wider band than the small-print one, since a
#: section label may be set in display type ("02 der tag" at 2.6 times body).
RUNNING_HEAD_BAND = 0.1


def running_head_line(block: TextBlock, ctx: PageContext) -> bool:
    """A running head: one short line at the very top of the page (no text above it) that
    carries a folio number or a date ("02 der tag", "montag, 8. juni 2020 taz"), whatever its
    size. Only a nameplate has display type up there too, and it carries neither."""
    box = block.box
    if len(block.lines) != 1 or block_words(block) > 8:
        return False
    if box.bottom > RUNNING_HEAD_BAND * ctx.height:
        return False
    if any(o.box.bottom <= box.top and LETTERS.search(o.text) for o in ctx.blocks):
        return False
    text = block.text
    if parse_date(text) is not None or _folio_head(block):
        return True
    # a cell of its own on a running head's row ("16 kultur ... taz"), in no larger type than
    # that running head's (a headline level with the date is no running head)
    return block_words(block) <= 4 and any(
        block.size <= 1.05 * o.size and (_folio_head(o) or parse_date(o.text) is not None)
        for o in _row_mates(block, ctx)
    )


#: A dateline strip names at most this many words besides its date (a city, a paper).
DATELINE_WORDS = 2


def dateline_strip(block: TextBlock, ctx: PageContext) -> bool:
    """The page's dateline strip: one line in the running heads' band that holds a date and
    besides it only separators, a web address and a word or two (the city): "www.paper.in |
    MUMBAI | WEDNESDAY | OCTOBER 9, 2024". A furniture line even under a pull quote or a
    folio set above it, where ``running_head_line`` wants nothing over it."""
    if len(block.lines) != 1 or block.box.bottom > RUNNING_HEAD_BAND * ctx.height:
        return False
    date = parse_date(block.text)
    if date is None:
        return False
    rest = without_web_addresses(block.text.replace(date.text, " "))
    return len(LETTERS.findall(rest)) <= DATELINE_WORDS


def _row_mates(block: TextBlock, ctx: PageContext) -> list[TextBlock]:
    """Other one-line blocks sharing ``block``'s row (half the lower one's height)."""
    box = block.box
    mates = []
    for o in ctx.blocks:
        shared = min(box.bottom, o.box.bottom) - max(box.top, o.box.top)
        if o is not block and len(o.lines) == 1 and shared > 0.5 * min(box.height, o.box.height):
            mates.append(o)
    return mates


def _folio_head(block: TextBlock) -> bool:
    """A short line with a page number at one end ("16 kultur", "das thema 03")."""
    text = block.text
    if block_words(block) > 4 or not _FOLIO_END.search(text) or _PRICE.search(text):
        return False
    # a section or paper name beside the number: "PAGE 2" alone is a teaser's pointer
    named = _POINTER_WORDS.sub(" ", text)
    return bool(LETTERS.search(named))


def _inner_page(ctx: PageContext) -> bool:
    """A running head with a folio at the top: an inside page (a file may start with one),
    which has no nameplate, however large its first headline."""
    return any(_folio_head(b) and running_head_line(b, ctx) for b in ctx.blocks)


def _below_issue_line(block: TextBlock, ctx: PageContext) -> bool:
    """Whether an issue line (date, volume/number) stands wholly above ``block``: the folio
    line runs under the nameplate, so display type below it is a headline (a nameplate drawn
    as vector art leaves the lead headline as the topmost display type)."""
    return any(
        o.box.bottom <= block.box.top and o.size < NAMEPLATE_RATIO * ctx.body and _issue_line(o)
        for o in ctx.blocks
        if o is not block and o.box.top <= 0.25 * ctx.height
    )


#: The last page's nameplate: every block's masthead test asks for it, and finding it reads
#: the issue lines of the top quarter (one entry: pages are classified one at a time).
_PLATE_CACHE: list[tuple[PageContext, TextBlock | None]] = []


def nameplate(ctx: PageContext) -> TextBlock | None:
    """Page 1's nameplate: the topmost block of display type in the top quarter of the page.

    The topmost, not the largest: a front page's lead headline is often set larger than the
    paper's own name, but it never sits above it. Display type under the issue line (a
    nameplate drawn as vector art) and running heads with a folio or date are no nameplate.
    """
    if ctx.page != 1:
        return None
    if _PLATE_CACHE and _PLATE_CACHE[0][0] is ctx:
        return _PLATE_CACHE[0][1]
    plate = None if _inner_page(ctx) else _find_nameplate(ctx)
    _PLATE_CACHE[:] = [(ctx, plate)]
    return plate


def _find_nameplate(ctx: PageContext) -> TextBlock | None:
    top_quarter = [
        b
        for b in ctx.blocks
        if b.box.top <= 0.25 * ctx.height
        and b.size >= NAMEPLATE_RATIO * ctx.body
        and LETTERS.search(b.text)
        and not running_head_line(b, ctx)
        and not _below_issue_line(b, ctx)
    ]
    return min(top_quarter, key=lambda b: b.box.top, default=None)


def nameplate_parts(ctx: PageContext) -> tuple[TextBlock, ...]:
    """The nameplate's blocks, top row first: a title justified across the page or set over
    two lines ("The            Sexbridge" / "Gazette") falls into several blocks of one
    size and face, side by side on the nameplate's row or stacked tight under it."""
    plate = nameplate(ctx)
    if plate is None:
        return ()
    if _PARTS_CACHE and _PARTS_CACHE[0][0] is ctx:
        return _PARTS_CACHE[0][1]
    parts = [plate]
    grown = True
    while grown:
        grown = False
        for b in ctx.blocks:
            if any(b is p for p in parts) or not _plate_mate(b, parts, plate, ctx):
                continue
            parts.append(b)
            grown = True
    found = tuple(sorted(parts, key=lambda b: (round(b.box.top), b.box.x0)))
    _PARTS_CACHE[:] = [(ctx, found)]
    return found


#: The last page's nameplate parts (see nameplate's cache).
_PARTS_CACHE: list[tuple[PageContext, tuple[TextBlock, ...]]] = []


def _plate_mate(
    block: TextBlock, parts: list[TextBlock], plate: TextBlock, ctx: PageContext
) -> bool:
    """Whether ``block`` is more of the nameplate whose blocks so far are ``parts``: the same
    size and weight, with letters, above any issue line, and on a part's row or right under it."""
    same = abs(block.size - plate.size) <= PLATE_SAME_SIZE * max(block.size, plate.size)
    if not same or block.bold != plate.bold or not LETTERS.search(block.text):
        return False
    if block.box.top > 0.25 * ctx.height or _below_issue_line(block, ctx):
        return False
    for part in parts:
        shared = min(block.box.bottom, part.box.bottom) - max(block.box.top, part.box.top)
        if shared > 0.5 * min(block.box.height, part.box.height):
            return True
        gap = block.box.top - part.box.bottom
        across = min(block.box.x1, part.box.x1) - max(block.box.x0, part.box.x0)
        row_x0 = min(p.box.x0 for p in parts)
        row_x1 = max(p.box.x1 for p in parts)
        under_row = row_x0 <= block.box.x0 and block.box.x1 <= row_x1
        if 0 <= gap <= PLATE_LINE_GAP * plate.size and (across > 0 or under_row):
            return True
    return False


def masthead(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Page 1's nameplate and the issue lines next to it (volume, date, edition, price)."""
    plate = nameplate(ctx)
    if plate is None:
        return _plateless_issue_line(block, ctx)
    parts = nameplate_parts(ctx)
    if any(block is part for part in parts):
        return BlockRole.MASTHEAD
    if labelled_heads(block, ctx) or _teaser_part(block, ctx):
        return None  # an ear or ribbon of teasers set by the nameplate, not its issue lines
    if _lone_issue_line(block, plate, ctx):
        return BlockRole.MASTHEAD
    # the issue lines run under the nameplate's last line
    top, bottom = plate.box.top, max(part.box.bottom for part in parts)
    if block.box.top > bottom + 6 * ctx.body or block.size >= 1.3 * ctx.body:
        return None
    beside_plate = block.box.top >= top - ctx.body  # a skybox above is not
    if _issue_line(block) or (beside_plate and block.box.bottom <= bottom + 2 * ctx.body):
        return BlockRole.MASTHEAD
    # a motto between the nameplate and its folio line ("Independent since 1871")
    if block.box.top >= bottom and len(block.lines) <= 2:
        for other in ctx.blocks:
            folio_line = block.box.bottom <= other.box.top <= bottom + 6 * ctx.body
            if other is not block and folio_line and _issue_line(other):
                return BlockRole.MASTHEAD
    # The folio line under the nameplate: anything sharing a row with an issue line.
    for other in ctx.blocks:
        shared = min(block.box.bottom, other.box.bottom) - max(block.box.top, other.box.top)
        if other is not block and shared > 0.5 * block.box.height and _issue_line(other):
            return BlockRole.MASTHEAD
    return None


#: A lone issue line has at most this many words ("Vol:2", "Tuesday, March 3, 2026").
LONE_ISSUE_WORDS = 6


def _lone_issue_line(block: TextBlock, plate: TextBlock, ctx: PageContext) -> bool:
    """A line of its own giving only the issue ("Vol:2", a date), under the nameplate with
    no headline between them, in the top quarter: the masthead's, however far under the
    nameplate and whatever its size (a newsletter sets its masthead rows in large type and
    puts the editors' names between them), never a story's."""
    box = block.box
    if len(block.lines) != 1 or block_words(block) > LONE_ISSUE_WORDS:
        return False
    if box.top < plate.box.bottom or box.bottom > 0.25 * ctx.height or not _issue_line(block):
        return False
    return not any(
        o.box.top >= plate.box.bottom and o.box.bottom <= box.top and is_headline_type(o, ctx)
        for o in ctx.blocks
        if o is not block
    )


def _plateless_issue_line(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """On a front page whose nameplate is drawn (no text), the folio line still gives the
    issue (a small row in the top quarter whose cells hold a date and a volume/number), and
    an edition line above it belongs to the masthead too."""
    row = folio_row(ctx)
    if not row:
        return None
    if block in row:
        return BlockRole.MASTHEAD
    above = block.box.bottom <= min(b.box.top for b in row)
    return BlockRole.MASTHEAD if above and parse_edition(block.text) else None


def _above_folio_row(block: TextBlock, ctx: PageContext) -> bool:
    row = folio_row(ctx)
    return bool(row) and block.box.bottom <= min(b.box.top for b in row)


#: The last page's folio row (see nameplate's cache).
_ROW_CACHE: list[tuple[PageContext, tuple[TextBlock, ...]]] = []


def folio_row(ctx: PageContext) -> tuple[TextBlock, ...]:
    """Page 1's folio line when its nameplate is drawn: the cells of the first small row in
    the top quarter that holds a date and a volume/number (in one cell or two)."""
    if ctx.page != 1:
        return ()
    if _ROW_CACHE and _ROW_CACHE[0][0] is ctx:
        return _ROW_CACHE[0][1]
    row = () if _inner_page(ctx) else _find_folio_row(ctx)
    _ROW_CACHE[:] = [(ctx, row)]
    return row


def _find_folio_row(ctx: PageContext) -> tuple[TextBlock, ...]:
    for block in sorted(ctx.blocks, key=lambda b: b.box.top):
        if block.box.top > 0.25 * ctx.height:
            break
        if block.size >= 1.3 * ctx.body or len(block.lines) != 1 or not _issue_line(block):
            continue
        cells = [block, *(o for o in _row_mates(block, ctx) if o.size < 1.3 * ctx.body)]
        text = " ".join(c.text for c in cells)
        if parse_date(text) is not None and parse_volume_number(text) is not None:
            return tuple(cells)
    return ()


def _teaser_part(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` belongs to a box of teasers (an ear beside the nameplate, a ribbon
    above it): what the teaser rule takes for a teaser, or the label ("INSIDE TODAY", "ALSO")
    opening one. An issue line (date, volume, price) never is, whatever sits next to it."""
    if _issue_line(block):
        return False
    return ctx.said("teaser", block) is BlockRole.TEASER or _opens_teaser_strip(block, ctx)


def _opens_teaser_strip(block: TextBlock, ctx: PageContext) -> bool:
    """Whether the block next right on its row is what the teaser rule takes for a teaser."""
    nxt = right_on_row(block, ctx)
    return nxt is not None and ctx.said("teaser", nxt) is BlockRole.TEASER


def _issue_line(block: TextBlock) -> bool:
    """Volume/number, date, edition or price: the words of a masthead's folio line."""
    return issue_words(block.text)


def issue_words(text: str) -> bool:
    """Whether ``text`` gives the issue (volume/number, date, edition, price), not a name."""
    return bool(
        parse_volume_number(text)
        or parse_volume_alone(text.strip())
        or parse_issue_number(text)
        or parse_date(text)
        or parse_edition(text)
        or _PRICE.match(text.strip())
    )


def _short_bold(block: TextBlock | None, ctx: PageContext) -> bool:
    return (
        block is not None
        and (block.bold or block.size > ctx.settings.above_body * ctx.body)
        and block.size < ctx.settings.headline * QUOTE_OF_HEAD * ctx.body
        and len(block.lines) <= 2
        and block_words(block) <= ctx.settings.short_line_words
        and parse_teaser_pointer(block.text) is None
    )


def teaser(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A front-page pointer ("PAGE 2", "P3", "See page 4") and the short headline it labels;
    the one-line label over them."""
    if ctx.page != 1:
        return None
    return BlockRole.TEASER if _teaser_itself(block, ctx) or rail_title(block, ctx) else None


def _teaser_itself(block: TextBlock, ctx: PageContext) -> bool:
    """A pointer, the head it labels, a block of pointer lines, a row of teaser cells."""
    if ctx.page != 1:
        return False
    prev, nxt = ctx.neighbours(block)
    pointer = parse_teaser_pointer(block.text) is not None and block_words(block) <= 5
    if pointer and (_short_bold(prev, ctx) or _short_bold(nxt, ctx)):
        return True
    for other in (prev, nxt):
        if (
            other is not None
            and parse_teaser_pointer(other.text) is not None
            and block_words(other) <= 5
            and (_short_bold(block, ctx) or rail_head(block, ctx, other))
        ):
            return True
    if teaser_lines(block) and (block.bold or ctx.scale.above_body(block.size)):
        return True
    if len(block.lines) == 1 and len(row_cells(block.lines[0].words)) >= 2:
        return True
    if labelled_heads(block, ctx) or heads_below(block, ctx) or index_rows(block, ctx):
        return True
    return bool(pointer and rail_head(prev or nxt, ctx, block))


def rail_title(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is the one-line label ("TODAY", "INSIDE") right over a teaser (or
    over another such label over one): part of the teaser box, not a story of its own."""
    nxt = _label_over(block, ctx)
    while nxt is not None:
        if _teaser_itself(nxt, ctx):
            return True
        nxt = _label_over(nxt, ctx)
    return False


def _label_over(block: TextBlock, ctx: PageContext) -> TextBlock | None:
    """The block right under ``block`` when ``block`` is set like a rail's one-line label."""
    if len(block.lines) != 1 or block_words(block) > 3 or not LETTERS.search(block.text):
        return None
    if parse_teaser_pointer(block.text) is not None:
        return None
    nxt = ctx.below(block, 2.0 * ctx.body)
    return nxt if nxt is not None and nxt.box.top > block.box.top else None


def strip_label(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """The label a strip of teasers opens with on its own row ("INSIDE  The last sailmaker
    Page 2  ..."): furniture of the strip, not a kicker or a story's head."""
    return BlockRole.FURNITURE if _opens_teaser_strip(block, ctx) else None


def teaser_lines(block: TextBlock) -> list[tuple[str, int]]:
    """(text, page) per line when every line is a short teaser with its own pointer
    ("PAGE 2 New winter ferry timetable" / "P3 Quiz night raises £2,400"); else empty."""
    out: list[tuple[str, int]] = []
    for line in block.lines:
        text = line.text
        # The default, not the page's setting: metadata splits these lines again, unpaged.
        found = split_teaser(text) if len(text.split()) <= CLASSIFY.short_line_words else None
        if found is None or parse_jump(text) is not None:
            return []
        out.append(found)
    return out


def running_row(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a small block in the top band shares its row with two or more other blocks: a
    running head laid out as a grid of cells (folio, section, date, paper), not a label."""
    box = block.box
    if box.bottom > TOP_BAND * ctx.height or not ctx.scale.running_head_size(block.size):
        return False
    return _small_row_cells(block, ctx) >= 2
