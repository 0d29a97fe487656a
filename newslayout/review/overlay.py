"""The overlay PDF: the source pages with the reconstruction drawn over them.

ReportLab draws the overlay (:mod:`newslayout.review.draw`) and the legend
(:mod:`newslayout.review.legend`); pikepdf (qpdf) lays each drawing over its source page as a
form XObject, so the source's own content stream is kept byte for byte and merely drawn over,
and adds what ReportLab cannot put on a page it did not make: the diagnostic notes, the links of
jump lines, teasers and the legend, and the bookmarks.

The output carries nothing active from the source: pages are copied into a new document
without their annotations or actions, and every annotation added here is either a text note or
a link to a page of the same file (``/Dest``, never an action).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from newslayout.diagnostics import Diagnostic
from newslayout.errors import InputError
from newslayout.geometry import Box
from newslayout.review.draw import diagnostic_spot, draw_pages
from newslayout.review.geometry import PageFrame
from newslayout.review.legend import draw_legend, first_region
from newslayout.review.regions import Review
from newslayout.review.text import visible

#: Annotation flag "print": notes and links show when the overlay is printed too.
_PRINT = 4


def _open(source: Path, password: str | None) -> pikepdf.Pdf:
    try:
        return pikepdf.open(source, password=password or "")
    except pikepdf.PasswordError as exc:
        raise InputError(
            f"{source}: the PDF is encrypted", hint="give its password (the password parameter)"
        ) from exc
    except pikepdf.PdfError as exc:
        raise InputError(f"{source}: cannot be opened for the overlay: {exc}") from exc


def _dest(page: pikepdf.Page, frame: PageFrame, box: Box | None) -> Array:
    """An explicit destination: the page, scrolled to the box's top-left when known."""
    if box is None:
        return Array([page.obj, Name.Fit])
    left, _, _, top = frame.user_rect(box)
    return Array([page.obj, Name.XYZ, max(left - 10, frame.x0), top + 10, 0])


def _link(pdf: pikepdf.Pdf, rect: Sequence[float], dest: Array) -> Dictionary:
    return pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Link,
            Rect=Array([float(v) for v in rect]),
            Border=Array([0, 0, 0]),
            F=_PRINT,
            Dest=dest,
        )
    )


def _note(pdf: pikepdf.Pdf, rect: Sequence[float], d: Diagnostic) -> Dictionary:
    text = visible(f"{d.severity.value}: [{d.code}] {d.message}")
    return pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Text,
            Rect=Array([float(v) for v in rect]),
            Contents=String(text),
            T=String("newslayout"),
            Name=Name.Comment,
            C=Array([0.95, 0.55, 0.0]),
            F=_PRINT,
            Open=False,
        )
    )


#: The legend's page size when the source's first page is too small to hold it (A4).
_A4 = (595.0, 842.0)


def _legend_size(frames: Sequence[PageFrame]) -> tuple[float, float]:
    """The first page's size, unless it is smaller than A5 (a stamp-sized page): then A4."""
    if frames and frames[0].size[0] >= 420 and frames[0].size[1] >= 420:
        return frames[0].size
    return _A4


def _shallow_copy(value: object) -> Dictionary:
    """A new direct dictionary with the same entries (an empty one for anything else)."""
    if not isinstance(value, Dictionary):
        return Dictionary()
    return Dictionary({str(key): item for key, item in value.items()})


def _place(out: pikepdf.Pdf, page: pikepdf.Page, form: pikepdf.Object, frame: PageFrame) -> None:
    """Draw ``form`` (made in displayed coordinates) over ``page``.

    Done by hand rather than with ``Page.add_overlay``, which decodes the page's content
    streams: a damaged stream the reader merely reported would then stop the overlay. Here the
    source's streams are only bracketed by ``q``/``Q``, never read, and the form is placed with
    the matrix that maps displayed coordinates to user space (undoing ``/Rotate``).
    """
    a, b, c, d, e, f = frame.matrix()
    resources = page.obj.get("/Resources")
    copied = _shallow_copy(resources)
    names = _shallow_copy(copied.get("/XObject"))
    name = next(f"/NLOverlay{i}" for i in range(len(names) + 1) if f"/NLOverlay{i}" not in names)
    names[name] = form
    copied.XObject = names
    # A copy: resources shared between pages must not all point to this page's drawing.
    page.obj.Resources = copied
    page.contents_add(pikepdf.Stream(out, b"q\n"), prepend=True)
    placed = f"\nQ q {a:g} {b:g} {c:g} {d:g} {e:g} {f:g} cm {name} Do Q\n".encode()
    page.contents_add(pikepdf.Stream(out, placed), prepend=False)


def _add_annots(page: pikepdf.Page, annots: list[Dictionary]) -> None:
    if annots:
        page.obj.Annots = Array(annots)


def overlay_pdf(
    source: Path, review: Review, *, password: str | None = None, source_name: str = ""
) -> bytes:
    """The overlay of ``source`` (the PDF ``review`` was read from), as PDF bytes."""
    with _open(source, password) as src:
        out = pikepdf.new()
        numbers = [p.number for p in review.pages if 1 <= p.number <= len(src.pages)]
        frames: list[PageFrame] = []
        for number in numbers:
            out.pages.append(src.pages[number - 1])
            copied = out.pages[-1]
            for key in ("/Annots", "/AA"):  # nothing active or external from the source
                if key in copied.obj:
                    del copied.obj[key]
            frames.append(PageFrame.of(copied))
        kept = [p for p in review.pages if 1 <= p.number <= len(src.pages)]
        drawn = Review(
            title=review.title,
            facts=review.facts,
            pages=tuple(kept),
            articles=review.articles,
            regions=review.regions,
            diagnostics=review.diagnostics,
        )
        drawing = pikepdf.open(io.BytesIO(draw_pages(drawn, [f.size for f in frames])))
        for page, frame, over in zip(out.pages, frames, drawing.pages, strict=True):
            _place(out, page, out.copy_foreign(over.as_form_xobject()), frame)
        size = _legend_size(frames)
        legend_bytes, legend_links = draw_legend(drawn, size, source_name or source.name)
        legend = pikepdf.open(io.BytesIO(legend_bytes))
        for index, sheet in enumerate(legend.pages):
            out.pages.insert(index, sheet)
        sheets = len(legend.pages)
        by_number = {n: i for i, n in enumerate(numbers)}

        def target(number: int) -> tuple[pikepdf.Page, PageFrame] | None:
            i = by_number.get(number)
            return None if i is None else (out.pages[sheets + i], frames[i])

        # Links and notes on the source pages.
        for i, number in enumerate(numbers):
            page, frame = out.pages[sheets + i], frames[i]
            annots: list[Dictionary] = []
            for region in drawn.on_page(number):
                if region.link_page is None:
                    continue
                there = target(region.link_page)
                if there is not None:
                    dest = _dest(there[0], there[1], region.link_box)
                    annots.append(_link(out, frame.user_rect(region.box), dest))
            unplaced = 0
            for d in (d for d in drawn.diagnostics if d.location.page == number):
                x, top = diagnostic_spot(d, unplaced)
                if d.location.box is None:
                    unplaced += 1
                annots.append(
                    _note(out, frame.user_rect(Box(x0=x, top=top, x1=x + 10, bottom=top + 10)), d)
                )
            _add_annots(page, annots)
        # The legend's outline lines link to each article's first block.
        legend_frame = PageFrame(0.0, 0.0, size[0], size[1])
        per_sheet: dict[int, list[Dictionary]] = {}
        for link in legend_links:
            there = target(link.page)
            if there is not None:
                dest = _dest(there[0], there[1], link.target)
                per_sheet.setdefault(link.sheet, []).append(
                    _link(out, legend_frame.user_rect(link.box), dest)
                )
        for sheet_index, links in per_sheet.items():
            _add_annots(out.pages[sheet_index], links)
        _bookmarks(out, drawn, target)
        out.docinfo[Name.Title] = String(
            visible(f"newslayout overlay of {source_name or source.name}")
        )
        out.docinfo[Name.Producer] = String("newslayout (ReportLab + pikepdf)")
        buffer = io.BytesIO()
        try:
            # Streams are copied as they are (never decoded and re-encoded), so a damaged
            # stream the reader already reported does not stop the overlay.
            out.save(
                buffer,
                deterministic_id=True,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
            )
        except pikepdf.PdfError as exc:
            raise InputError(f"{source}: the overlay cannot be written: {exc}") from exc
        return buffer.getvalue()


def _bookmarks(
    out: pikepdf.Pdf,
    review: Review,
    target: Callable[[int], tuple[pikepdf.Page, PageFrame] | None],
) -> None:
    """PDF bookmarks: the legend, then each article at its first block."""
    with out.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Legend", 0))
        for article in review.articles:
            first = first_region(review, article.id)
            there = target(first.page) if first is not None else None
            if first is None or there is None:
                continue
            title = visible(f"{article.id}: {article.headline}")[:200]
            outline.root.append(
                pikepdf.OutlineItem(title, destination=_dest(there[0], there[1], first.box))
            )
