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
    parse_edition,
    parse_issue_number,
    parse_teaser_pointer,
    parse_volume,
    parse_volume_number,
    split_teaser,
)
from newslayout.cues.sentences import clean
from newslayout.model import (
    Furniture,
    FurnitureKind,
    IssueMeta,
    Teaser,
)
from newslayout.readers.pdf.s3_classify.index_box import column_pair, line_rows
from newslayout.readers.pdf.s3_classify.rules_page import issue_words, teaser_lines
from newslayout.readers.pdf.s3_classify.teaser_rows import (
    TeaserCell,
    heads_under_pointers,
    row_cells,
)
from newslayout.readers.pdf.s5_compose.compose import span_of
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

_FOLIO = re.compile(r"^(?:page\s+)?([A-Z]?\d{1,4})$", re.IGNORECASE)


def issue_meta(classified: Sequence[ClassifiedBlock], source: str) -> IssueMeta:
    """Publication, volume/number, date and edition from the masthead, then running heads."""
    masthead = [c for c in classified if c.role is BlockRole.MASTHEAD]
    furniture = [c for c in classified if c.role is BlockRole.FURNITURE]
    publication = ""
    # The nameplate is the largest masthead text that is not an issue line (a drawn nameplate
    # leaves only the folio line: its date, volume, edition and price name no paper).
    names = [c for c in masthead if not issue_words(clean(c.block.text))]
    if names:
        plate = max(names, key=lambda c: c.block.size)
        publication = clean(plate.block.text)
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
    volume = number = date_text = date_iso = edition = ""
    for c in (*masthead, *furniture):
        text = clean(c.block.text)
        if not volume:
            vn = parse_volume_number(text)
            if vn is not None:
                volume, number = vn
            else:
                volume = parse_volume(text) or ""
        if not number:
            number = parse_issue_number(text) or ""
        if not date_text:
            date = parse_date(text)
            if date is not None:
                date_text, date_iso = date.text, date.iso
        if not edition and c.role is BlockRole.MASTHEAD:
            edition = parse_edition(text) or ""
    return IssueMeta(
        publication=publication,
        volume=volume,
        number=number,
        edition=edition,
        date_text=date_text,
        date_iso=date_iso,
        source=source,
    )


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


def page_teasers(classified: Sequence[ClassifiedBlock], page: int) -> tuple[Teaser, ...]:
    """Teasers of a page: each pointer paired with the teaser text beside it."""
    teasers = [c for c in classified if c.role is BlockRole.TEASER]
    out: list[Teaser] = []
    used: set[int] = set()
    for c, cells in _row_teasers(teasers):
        used.add(id(c))
        out.extend(
            Teaser(
                text=clean(cell.text),
                target_page=cell.page,
                label=clean(cell.label),
                spans=(span_of(page, cell.box),),
            )
            for cell in cells
        )
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
