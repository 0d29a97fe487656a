"""Issue metadata, page furniture and front-page teasers from classified blocks.

The masthead (page 1's nameplate and the lines beside it) and the running heads give the
publication, volume and number, date and edition, read with the masthead cues. Furniture is
kept as data; teasers pair a pointer ("PAGE 2", "P3", "See page 4") with the short headline
beside it and are resolved to the article on the target page whose headline matches best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslayout.cues import (
    parse_copyright_holder,
    parse_date,
    parse_dated_row,
    parse_edition,
    parse_issue_number,
    parse_teaser_pointer,
    parse_volume_alone,
    parse_volume_number,
    split_teaser,
)
from newslayout.cues.sentences import clean
from newslayout.cues.web import site_name
from newslayout.model import (
    Furniture,
    FurnitureKind,
    IssueMeta,
    Teaser,
)
from newslayout.readers.pdf.s3_classify.index_box import column_pair, line_rows, page_index_boxes
from newslayout.readers.pdf.s3_classify.rules_page import issue_words, teaser_lines
from newslayout.readers.pdf.s3_classify.teaser_rows import (
    TeaserCell,
    heads_under_pointers,
    row_cells,
)
from newslayout.readers.pdf.s5_compose.compose import span_of
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock

_FOLIO = re.compile(r"^(?:page\s+)?([A-Z]?\d{1,4})$", re.IGNORECASE)


#: A dated line of its own names the issue only this high on page 1 (a share of its height,
#: the masthead's quarter): lower, a date in a kicker or an advert ("Fr, 15.6.2018" over a
#: festival's line-up) is an event's.
DATED_ROW_BAND = 0.25


def issue_meta(
    classified: Sequence[ClassifiedBlock], source: str, front_height: float = 0.0
) -> IssueMeta:
    """Publication, volume/number, date and edition from the masthead, then running heads;
    ``front_height`` (page 1's height; 0 when unknown) bounds where a dated line may stand."""
    masthead = [c for c in classified if c.role is BlockRole.MASTHEAD]
    furniture = [c for c in classified if c.role is BlockRole.FURNITURE]
    publication = ""
    # The nameplate is the largest masthead text that is not an issue line (a drawn nameplate
    # leaves only the folio line: its date, volume, edition and price name no paper).
    names = [c for c in masthead if not issue_words(clean(c.block.text))]
    if names:
        publication = _plate_text([c.block for c in names])
    holder = parse_copyright_holder(publication) if publication else None
    if holder is not None:
        publication = holder
    if not publication:
        # no nameplate in type: the copyright line names the paper ("© 2020 The X Company")
        for c in (*masthead, *furniture):
            holder = parse_copyright_holder(clean(c.block.text))
            if holder is not None:
                publication = holder
                break
    if not publication:
        # nor a copyright line: the paper's site printed in the front page's dateline strip
        # or footer names it ("www.freepressjournal.in" under a nameplate set in a picture)
        for c in (*masthead, *furniture):
            site = site_name(clean(c.block.text)) if c.page == 1 else None
            if site is not None:
                publication = site
                break
    volume = number = date_text = date_iso = edition = ""
    for c in (*masthead, *furniture):
        text = clean(c.block.text)
        if not volume:
            vn = parse_volume_number(text)
            if vn is not None:
                volume, number = vn
            else:
                volume = parse_volume_alone(text) or ""
        if not number:
            number = parse_issue_number(text) or ""
        if not date_text:
            date = parse_date(text)
            if date is not None:
                date_text, date_iso = date.text, date.iso
        if not edition and c.role is BlockRole.MASTHEAD:
            edition = parse_edition(text) or ""
    # the front page's lines of their own that no rule took for masthead or furniture: a
    # volume alone ("Vol:2") and a dated running line ("MUMBAI | WEDNESDAY | OCTOBER 9, 2024")
    for c in classified:
        if c.page != 1 or len(c.block.lines) != 1 or c.role in (BlockRole.MASTHEAD,):
            continue
        text = clean(c.block.text)
        if not volume:
            volume = parse_volume_alone(text) or ""
        high = not front_height or c.block.box.top <= DATED_ROW_BAND * front_height
        if not date_text and high:
            row = parse_dated_row(text)
            if row is not None:
                date_text, date_iso = row.text, row.iso
    return IssueMeta(
        publication=publication,
        volume=volume,
        number=number,
        edition=edition,
        date_text=date_text,
        date_iso=date_iso,
        source=source,
    )


#: Masthead blocks within this share of the nameplate's size are more of the nameplate.
PLATE_SAME_SIZE = 0.05


def _plate_text(names: Sequence[TextBlock]) -> str:
    """The paper's name from the masthead's name blocks: the largest, with the blocks set in
    its size (a title justified across the page or over two lines), row by row, left to right."""
    size = max(b.size for b in names)
    plate = sorted(
        (b for b in names if b.size >= (1 - PLATE_SAME_SIZE) * size), key=lambda b: b.box.top
    )
    rows: list[list[TextBlock]] = []
    for b in plate:
        if rows and b.box.top - rows[-1][0].box.top <= 0.5 * b.size:
            rows[-1].append(b)
        else:
            rows.append([b])
    return " ".join(clean(b.text) for row in rows for b in sorted(row, key=lambda b: b.box.x0))


def page_furniture(
    classified: Sequence[ClassifiedBlock], page: int, height: float
) -> tuple[str, tuple[Furniture, ...]]:
    """The page's printed label (its folio) and its furniture, in reading order."""
    label = ""
    items: list[Furniture] = []
    for c in classified:
        if c.role not in (BlockRole.FURNITURE, BlockRole.MASTHEAD):
            continue
        text = clean(c.block.text)
        folio = _FOLIO.match(text)
        if c.role is BlockRole.MASTHEAD:
            kind = FurnitureKind.MASTHEAD
        elif folio is not None:
            kind = FurnitureKind.FOLIO
            label = label or folio.group(1)
        elif c.block.box.top < height / 2:
            kind = FurnitureKind.RUNNING_HEAD
        else:
            kind = FurnitureKind.FOOTER
        items.append(Furniture(kind=kind, text=text, spans=(span_of(page, c.block.box),)))
    return label, tuple(items)


def page_teasers(
    classified: Sequence[ClassifiedBlock], page: int, body: float
) -> tuple[Teaser, ...]:
    """Teasers of a page: the entries of its index boxes, then each pointer paired with the
    teaser text beside it."""
    teasers = [c for c in classified if c.role is BlockRole.TEASER]
    out: list[Teaser] = []
    used: set[int] = set()
    boxes = page_index_boxes([c.block for c in classified], body) if page == 1 else []
    for box in boxes:
        used.update(id(b) for b in (box.title, *box.members))
        out.extend(_cell_teaser(cell, page) for cell in box.cells)
    for c in classified if page == 1 else ():
        if c.role in _STRIP_HOSTS and len(c.block.lines) > 1:
            out.extend(_strip_lines(c.block, page))
    used = {id(c) for c in teasers if id(c.block) in used}
    teasers = [c for c in teasers if id(c) not in used]
    for c, cells in _row_teasers(teasers):
        used.add(id(c))
        out.extend(_cell_teaser(cell, page) for cell in cells)
    for i, c in enumerate(teasers):
        if id(c) in used:
            continue
        text = clean(c.block.text)
        target = parse_teaser_pointer(text)
        per_line = teaser_lines(c.block) if len(c.block.lines) > 1 else []
        if per_line and id(c) not in used:
            used.add(id(c))
            out.extend(
                Teaser(
                    text=clean(words),
                    target_page=number,
                    label="",
                    spans=(span_of(page, line.box),),
                )
                for (words, number), line in zip(per_line, c.block.lines, strict=True)
            )
            continue
        if target is None or len(text.split()) > 5:
            both = split_teaser(text)
            if both is not None and id(c) not in used:
                used.add(id(c))
                out.append(
                    Teaser(
                        text=both[0],
                        target_page=both[1],
                        label="",
                        spans=(span_of(page, c.block.box),),
                    )
                )
            continue
        partner = None
        for j in _partner_order(teasers, i):
            if 0 <= j < len(teasers) and id(teasers[j]) not in used:
                other = teasers[j]
                if (
                    other.block.region == c.block.region
                    and parse_teaser_pointer(clean(other.block.text)) is None
                ):
                    partner = other
                    break
        if partner is None:
            continue
        used.update((id(c), id(partner)))
        out.append(
            Teaser(
                text=clean(partner.block.text),
                target_page=target,
                label=text,
                spans=(span_of(page, partner.block.box), span_of(page, c.block.box)),
            )
        )
    return tuple(out)


def _cell_teaser(cell: TeaserCell, page: int) -> Teaser:
    return Teaser(
        text=clean(cell.text),
        target_page=cell.page,
        label=clean(cell.label),
        spans=(span_of(page, cell.box),),
    )


#: Roles of blocks an index strip may be segmented into: the nameplate's issue lines over
#: it, or a running head beside it.
_STRIP_HOSTS = frozenset({BlockRole.MASTHEAD, BlockRole.FURNITURE})


def _strip_lines(block: TextBlock, page: int) -> list[Teaser]:
    """The teasers of an index strip set as one line of a block of furniture (the strip
    under the date line, merged with it): lines of two or more entries ("DANS CE NUMÉRO
    Sport 29 · News 26")."""
    out: list[Teaser] = []
    for line in block.lines:
        cells = row_cells(line.words)
        if len(cells) < 2:
            continue
        out.extend(_cell_teaser(cell, page) for cell in cells)
    return out


def _row_teasers(
    teasers: Sequence[ClassifiedBlock],
) -> list[tuple[ClassifiedBlock, list[TeaserCell]]]:
    """Teasers set side by side in a row: a line of "head pointer" cells, or a row of
    heads under a row of pointers (each head paired with the pointer over its column; the
    pointer row is consumed with it); and an index box's rows, one title and page number a
    line or a column of titles beside a column of numbers (consumed with it)."""
    out: list[tuple[ClassifiedBlock, list[TeaserCell]]] = []
    for c in teasers:
        lines = c.block.lines
        cells = row_cells(lines[0].words) if len(lines) == 1 else line_rows(c.block)
        if len(cells) >= 2:
            out.append((c, cells))
            continue
        for other in teasers:
            cells = column_pair(c.block, other.block)
            if cells:  # an index box's titles beside its page numbers
                out.extend(((c, cells), (other, [])))
                break
            gap = c.block.box.top - other.block.box.bottom
            if other is c or not -0.5 * c.block.size <= gap <= 2.0 * c.block.size:
                continue
            cells = heads_under_pointers(other.block, c.block)
            if cells:
                out.extend(((c, cells), (other, [])))
                break
    return out


def _partner_order(teasers: Sequence[ClassifiedBlock], i: int) -> tuple[int, int]:
    """Where the text a pointer labels is looked for first: after it when the region's
    teasers open with a pointer ("PAGE 2" over its head), else before it (a head with its
    "Page A2" under it, as in an INSIDE box)."""
    region = teasers[i].block.region
    first = next(c for c in teasers if c.block.region == region)
    if parse_teaser_pointer(clean(first.block.text)) is not None:
        return (i + 1, i - 1)
    return (i - 1, i + 1)
