"""Stage 1, extract: one pass per page with pdfplumber; the ONLY module that imports it.

Each page yields a compact :class:`PageContent` (words, images, rules, shades) and is closed
at once, so memory stays flat however many pages the issue has. Glyphs are read straight from
pdfminer's layout objects (see :class:`_PageObjects`: pdfplumber's ``page.chars`` dicts would
cost more than the parsing), then grouped into words by ``glyphs``; images and drawn
graphics become typed values in ``graphics``. Long files are shared out among worker
processes (``parallel``) with the same per-page function. Opening failures become typed
errors; a page that fails, times out (``guards.watchdog``) or has no text layer becomes a
diagnostic and the other pages are still read.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import math
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.pdfinternals import resolve_all

from newslayout.diagnostics import Log, Severity, define
from newslayout.errors import (
    DamagedPdfError,
    EncryptedPdfError,
    TimeLimitError,
    WrongPasswordError,
)
from newslayout.options import ReadOptions
from newslayout.readers.pdf.s1_extract import parallel
from newslayout.readers.pdf.s1_extract.backdrops import split_backdrops
from newslayout.readers.pdf.s1_extract.bars import solid_bars
from newslayout.readers.pdf.s1_extract.clips import clip_images
from newslayout.readers.pdf.s1_extract.fontwidths import WidthRepairingResourceManager
from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.s1_extract.graphics import color_string, image_ref, rules_and_shades
from newslayout.readers.pdf.s1_extract.guards import (
    SIGNATURE_WINDOW,
    PageTimeout,
    check_signature,
    watchdog,
)
from newslayout.readers.pdf.s1_extract.tilted import SlantedGlyph, slant_degrees, upright_glyphs
from newslayout.readers.pdf.s1_extract.turned import quarter_turn, tilted, turned_lines
from newslayout.readers.pdf.types import Glyph, ImageRef, PageContent

# pdfminer and pdfplumber log warnings about damaged files. With no handler configured anywhere,
# Python prints them on stderr (logging.lastResort), which breaks the CLI's promise of
# diagnostics or one error line and nothing else; an application that configures logging
# still receives them.
for _library in ("pdfminer", "pdfplumber"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

NO_PAGES = define(
    "pdf-no-pages", Severity.WARNING, "The PDF opened but no page was found; the issue is empty."
)
NO_TEXT_LAYER = define(
    "pdf-no-text-layer", Severity.WARNING, "A PDF page has no text layer (it needs OCR)."
)
PAGE_FAILED = define("pdf-page-failed", Severity.ERROR, "A PDF page could not be parsed.")
PAGE_TIMEOUT = define(
    "pdf-page-timeout", Severity.ERROR, "A PDF page took longer than the page time limit."
)
IMAGE_SKIPPED = define(
    "pdf-image-skipped", Severity.INFO, "An image could not be converted and was left out."
)
PAGE_BACKDROP = define(
    "pdf-page-backdrop",
    Severity.WARNING,
    "An image under a page's whole text (a scan under its text layer) is no figure.",
)

#: Page sizes are kept to 1/100 pt: finer digits are producers' rounding noise, and equal pages
#: must compare equal.
SIZE_DIGITS = 2


def _open(source: Path | bytes, password: str | None) -> Any:
    stream: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        pdf = pdfplumber.open(stream, password=password)
        pdf.rsrcmgr = WidthRepairingResourceManager()  # fonts load lazily, page by page
        return pdf
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
            if password is None:
                raise EncryptedPdfError(
                    "the PDF is encrypted",
                    hint="give the password with ReadOptions.password",
                    parameters=("ReadOptions.password",),
                ) from None
            raise WrongPasswordError(
                "the password does not open this PDF",
                hint="check the ReadOptions.password value",
                parameters=("ReadOptions.password",),
            ) from None
        raise DamagedPdfError(
            f"the PDF is damaged and cannot be read ({type(inner).__name__})",
            hint="re-export it from the producing application",
        ) from None
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise DamagedPdfError(
            f"the PDF is damaged and cannot be read ({type(exc).__name__})",
            hint="re-export it from the producing application",
        ) from None


#: A glyph box whose middle lies more than this many of its heights from the glyph's
#: baseline comes from a font with a bogus descent (one FPJ headline face claims a descent
#: of dozens of em, which put the head half a page under its text); such a box is set back
#: on its baseline. A superscript's rise is well under one height.
BOGUS_DESCENT_SIZES = 2.0
#: The descent (share of the glyph's height under its baseline) a box set back gets.
USUAL_DESCENT = 0.2


class _PageObjects:
    """A page's layout objects, walked once: glyphs built straight from pdfminer's ``LTChar``.

    ``page.chars`` would turn every character into a pdfplumber dict of about 25 keys, each
    value passed through ``resolve_all``: on dense pages that costs twice the PDF parsing
    itself. Glyphs read the few attributes they need with pdfplumber's own coordinate rules
    (top-left origin, MediaBox offset); images, rects and lines (a few per page) still go
    through ``page.process_object``, so their dicts are exactly pdfplumber's.
    """

    __slots__ = ("glyphs", "images", "lines", "rects", "slanted", "turned")

    def __init__(self, page: Any) -> None:
        self.glyphs: list[Glyph] = []
        #: Glyphs set a quarter turn, each with its direction (True: reads upward).
        self.turned: list[tuple[Glyph, bool]] = []
        #: Glyphs set on a slant (``tilted``), turned back upright in ``_read_page``.
        self.slanted: list[SlantedGlyph] = []
        self.images: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.rects: list[dict[str, Any]] = []
        mb_x0, mb_top = page.mediabox[:2]
        self._walk(page, page.layout._objs, page.height, mb_top, mb_x0, {})

    def _walk(
        self,
        page: Any,
        objects: list[Any],
        height: Any,
        mb_top: Any,
        mb_x0: Any,
        colors: dict[object, str],
    ) -> None:
        append = self.glyphs.append
        new_glyph = tuple.__new__
        for obj in objects:
            if type(obj) is LTChar:
                # pdfminer calls a quarter turn "upright" when the producer wrote cos 90 as
                # 6e-17 rather than 0 (a*d > 0): the matrix's ``b`` is 0 for upright text.
                # Text on a slant (``tilted``) is kept out of the upright text as well.
                if not obj.upright or (obj.matrix[1] and _off_upright(obj.matrix)):
                    self._turned(obj, height, mb_top, mb_x0, colors)
                    continue
                x0, x1 = obj.x0, obj.x1
                if mb_x0 != 0:
                    x0, x1 = x0 + mb_x0, x1 + mb_x0
                font = obj.fontname
                y0, y1 = obj.y0, obj.y1
                baseline = obj.matrix[5]
                if abs((y0 + y1) / 2 - baseline) > BOGUS_DESCENT_SIZES * (y1 - y0):
                    y0, y1 = _on_baseline(baseline, y1 - y0)
                # tuple.__new__ straight away: Glyph's generated __new__ is a Python frame.
                append(
                    new_glyph(
                        Glyph,
                        (
                            obj.get_text(),
                            x0,
                            x1,
                            (height - y1) + mb_top,
                            (height - y0) + mb_top,
                            obj.size,
                            font if type(font) is str else _font_name(font),
                            _char_color(obj.graphicstate.ncolor, colors),
                        ),
                    )
                )
            elif isinstance(obj, LTContainer):  # a form XObject (LTFigure): its children
                self._walk(page, obj._objs, height, mb_top, mb_x0, colors)
            else:  # images, paths, and any LTChar subclass: pdfplumber's own dict
                self._other(page.process_object(obj))

    def _turned(
        self, obj: Any, height: Any, mb_top: Any, mb_x0: Any, colors: dict[object, str]
    ) -> None:
        """Keep a glyph set a quarter turn apart (see ``turned``), and one set on a slant
        (see ``tilted``); other angles are dropped."""
        upward = quarter_turn(obj.matrix)
        if upward is None and not tilted(obj.matrix):
            return
        font = obj.fontname
        glyph = Glyph(
            obj.get_text(),
            obj.x0 + mb_x0,
            obj.x1 + mb_x0,
            (height - obj.y1) + mb_top,
            (height - obj.y0) + mb_top,
            obj.size,
            font if type(font) is str else _font_name(font),
            _char_color(obj.graphicstate.ncolor, colors),
        )
        if upward is None:
            self.slanted.append(_slanted(glyph, obj.matrix, obj.adv))
        else:
            self.turned.append((glyph, upward))

    def _other(self, attrs: dict[str, Any]) -> None:
        kind = attrs["object_type"]
        if kind == "image":
            self.images.append(attrs)
        elif kind == "line":
            self.lines.append(attrs)
        elif kind == "rect":
            self.rects.append(attrs)
        elif kind == "char":
            glyph = Glyph(
                attrs["text"],
                attrs["x0"],
                attrs["x1"],
                attrs["top"],
                attrs["bottom"],
                attrs["size"],
                attrs["fontname"],
                color_string(attrs.get("non_stroking_color")),
            )
            matrix = attrs.get("matrix") or (1, 0, 0, 1)
            if attrs.get("upright", True) and not (matrix[1] and _off_upright(matrix)):
                self.glyphs.append(glyph)
                return
            upward = quarter_turn(attrs["matrix"])
            if upward is not None:
                self.turned.append((glyph, upward))
            elif tilted(attrs["matrix"]):
                self.slanted.append(_slanted(glyph, attrs["matrix"], attrs.get("adv") or 0.0))


def _on_baseline(baseline: float, size: float) -> tuple[float, float]:
    """A glyph box of ``size`` set on its baseline with a usual descent (PDF y, upwards)."""
    bottom = baseline - USUAL_DESCENT * size
    return bottom, bottom + size


def _slanted(glyph: Glyph, matrix: Any, adv: float) -> SlantedGlyph:
    """A slanted glyph with its angle and its advance along its baseline on the page."""
    return SlantedGlyph(glyph, slant_degrees(matrix), adv * math.hypot(matrix[0], matrix[1]))


def _off_upright(matrix: Any) -> bool:
    """A glyph set a quarter turn or on a slant: never part of the upright text."""
    return quarter_turn(matrix) is not None or tilted(matrix)


def _font_name(value: object) -> Any:
    """A font name that pdfminer left as bytes or a PDF object, as pdfplumber would give it."""
    value = resolve_all(value)
    return fix_fontname_bytes(value) if isinstance(value, bytes) else value


def _char_color(ncolor: object, colors: dict[object, str]) -> str:
    """The fill colour string of a glyph, cached per raw colour value (a page has few).

    pdfplumber passes a glyph's colour through unresolved, as a tuple; so does this.
    """
    try:
        return colors[ncolor]
    except KeyError:
        value = colors[ncolor] = color_string(ncolor if isinstance(ncolor, tuple) else (ncolor,))
        return value
    except TypeError:  # an unhashable colour value: no cache
        return color_string(ncolor if isinstance(ncolor, tuple) else (ncolor,))


def _read_page(page: Any, number: int, options: ReadOptions, log: Log) -> PageContent:
    width, height = float(page.width), float(page.height)
    objects = _PageObjects(page)
    words = glyphs_to_words([*objects.glyphs, *upright_glyphs(objects.slanted)])
    images: list[ImageRef] = []
    for obj in objects.images:
        image = image_ref(obj, options.extract_images)
        if image is None:
            continue
        if options.extract_images and not image.data:
            log.add(
                IMAGE_SKIPPED,
                f"an image on page {number} could not be converted",
                page=number,
                box=image.box,
            )
        images.append(image)
    images, backdrops = split_backdrops(images, words)
    for backdrop in backdrops:
        log.add(
            PAGE_BACKDROP,
            f"the image under the whole text of page {number} is taken for a scan of the "
            "page under its text layer: it is no figure, and the pictures printed in it "
            "are not extracted",
            page=number,
            box=backdrop.box,
        )
    rules, shades = rules_and_shades(objects.lines, objects.rects)
    if not words:
        log.add(NO_TEXT_LAYER, f"page {number} has no text layer; it needs OCR", page=number)
    return PageContent(
        number=number,
        width=round(width, SIZE_DIGITS),
        height=round(height, SIZE_DIGITS),
        words=tuple(words),
        images=tuple(images),
        rules=rules,
        shades=shades,
        bars=solid_bars(objects.rects),
        turned=turned_lines(objects.turned),
    )


def extract_pages(
    source: Path | bytes,
    *,
    options: ReadOptions,
    log: Log,
    clock: Callable[[], float] = time.monotonic,
) -> list[PageContent]:
    """Every page of the PDF as :class:`PageContent`, in page order."""
    if isinstance(source, bytes):
        head = source[:SIGNATURE_WINDOW]
    else:
        with source.open("rb") as handle:
            head = handle.read(SIGNATURE_WINDOW)
    check_signature(head)
    started = clock()
    pdf = _open(source, options.password)
    results: list[PageContent] = []
    try:
        try:
            total = len(pdf.pages)
        except Exception as exc:
            raise DamagedPdfError(
                f"the PDF's page tree is damaged ({type(exc).__name__})",
                hint="re-export it from the producing application",
            ) from None
        if total == 0:
            log.add(NO_PAGES, f"no page could be found in the PDF ({_claimed_pages(pdf)})")
        results.extend(_pooled(source, total, options, log))
        for index in range(len(results), total):
            number = index + 1
            limit = options.page_timeout
            if options.file_timeout is not None:
                remaining = options.file_timeout - (clock() - started)
                if remaining <= 0:
                    raise TimeLimitError(
                        f"reading took longer than {options.file_timeout:g} s "
                        f"(stopped before page {number} of {total})",
                        hint="raise ReadOptions.file_timeout, or lift the limit",
                        parameters=("ReadOptions.file_timeout",),
                    )
                limit = remaining if limit is None else min(limit, remaining)
            results.append(_guarded_page(pdf, index, limit, options, log))
            if options.file_timeout is not None and clock() - started > options.file_timeout:
                raise TimeLimitError(
                    f"reading took longer than {options.file_timeout:g} s",
                    hint="raise ReadOptions.file_timeout, or lift the limit",
                    parameters=("ReadOptions.file_timeout",),
                )
            if options.progress is not None:
                options.progress(number, total)
    finally:
        _close(pdf)
    return clip_images(source, results, options.password)


def _pooled(
    source: Path | bytes, total: int, options: ReadOptions, log: Log
) -> Iterator[PageContent]:
    """Pages read by a worker pool where that pays (see ``parallel``), in order.

    Stops early (the caller reads the rest in-process) when no pool is used or it breaks.
    """
    workers = parallel.worker_count(
        pages=total,
        path_source=isinstance(source, Path) and source.is_file(),  # workers reopen it
        file_timeout=options.file_timeout,
    )
    if workers <= 1:
        return
    worker_options = dataclasses.replace(options, progress=None)

    def open_pdf() -> Any:
        return _open(source, options.password)

    def read_page(pdf: Any, index: int, page_log: Log) -> PageContent:
        return _guarded_page(pdf, index, options.page_timeout, worker_options, page_log)

    try:
        for result in parallel.pooled_pages(
            open_pdf=open_pdf, read_page=read_page, pages=total, workers=workers, log_file=log.file
        ):
            log.extend(result.diagnostics)
            yield result.content
            if options.progress is not None:
                options.progress(result.content.number, total)
    except parallel.PoolFailed:
        return


def _claimed_pages(pdf: Any) -> str:
    """What the catalog's page tree says about its size, for the ``pdf-no-pages`` message."""
    try:
        count = pdf.doc.catalog["Pages"].resolve()["Count"]
        return f"its page tree claims {int(count)} page(s) but none could be read"
    except Exception:  # a tree too damaged to say: the plain message
        return "its page tree is empty or unreadable"


def _close(pdf: Any) -> None:
    """Close ``pdf`` without letting a damaged page tree mask the error being raised.

    pdfplumber's ``close`` walks ``pdf.pages`` again, which re-raises the page tree's own
    error (RecursionError, TypeError...) on a damaged file; then only the stream is closed.
    """
    try:
        pdf.close()
    except Exception:
        if not pdf.stream_is_external:
            pdf.stream.close()


def _guarded_page(
    pdf: Any, index: int, limit: float | None, options: ReadOptions, log: Log
) -> PageContent:
    number = index + 1
    page: Any = None
    try:
        with watchdog(limit):
            page = pdf.pages[index]
            content = _read_page(page, number, options, log)
    except PageTimeout:
        log.add(
            PAGE_TIMEOUT, f"page {number} took longer than {limit:g} s and was skipped", page=number
        )
        content = PageContent(number=number, width=0.0, height=0.0, failed=True)
    except Exception as exc:  # one broken page must not cost the others
        log.add(
            PAGE_FAILED,
            f"page {number} could not be parsed ({type(exc).__name__}: {exc})",
            page=number,
        )
        content = PageContent(number=number, width=0.0, height=0.0, failed=True)
    finally:
        if page is not None:
            page.close()
    return content
