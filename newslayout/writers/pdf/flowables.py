"""The writer's own flowables: figures that scale, and boxes that split across columns.

Both obey the one rule of the layout: never clip, never crash. A figure too tall for the space
left shrinks (keeping its proportions) down to a floor, below which it asks for a fresh
column; a sidebar or pull quote too tall for one column splits between its inner blocks.
"""

from __future__ import annotations

import io
import math
from functools import cache
from typing import Any

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

#: A figure may shrink to this share of its natural height before it moves on instead.
MIN_FIGURE_SHARE = 0.45
PLACEHOLDER_ASPECT = 0.62
#: A photo narrowed below its columns (too tall for its share of the module otherwise) takes
#: its caption beside it rather than leave an empty strip there (a page designer's side
#: caption): at this gap from the picture (points; our reader finds a side caption within two
#: body em of the picture's side) ...
SIDE_GAP = 8.0
#: ... when the strip left beside it is at least this wide (a narrower column of caption
#: reads as a few words a line, a rag, not a caption) ...
SIDE_MIN_WIDTH = 66.0
#: ... and at most this share of the picture's width (wider, our reader takes the text for a
#: column of its own, not the picture's caption: its limit is half the picture).
SIDE_MAX_SHARE = 0.49
_GREY = colors.Color(0.55, 0.55, 0.55)
_TINT = colors.Color(0.93, 0.93, 0.91)


@cache
def placeholder_tint() -> ImageReader:
    """The placeholder's tint as a one-pixel image (stretched to the frame when drawn).

    Drawn as an image, not a filled path, so that the frame reads as what it stands for, a
    picture, to anyone who looks at the page's objects (our own PDF reader attaches captions
    and credits to pictures): a caption under a missing photo stays a caption.
    """
    shade = round(_TINT.red * 255)
    return ImageReader(PILImage.new("RGB", (1, 1), (shade, shade, round(_TINT.blue * 255))))


def load_image(data: bytes) -> ImageReader:
    """An image ReportLab can draw; raises OSError/ValueError on bytes it cannot decode."""
    reader = ImageReader(io.BytesIO(data))
    reader.getSize()
    return reader


class FigureFlowable(Flowable):  # type: ignore[misc]
    """A photo (or a placeholder frame) scaled to the width, with caption and credit below."""

    def __init__(
        self,
        image: ImageReader | None,
        caption: Paragraph | None,
        credit: Paragraph | None,
        *,
        aspect: float | None = None,
        max_height: float | None = None,
        crop: float = 1.0,
        target_height: float | None = None,
        name: str = "",
    ) -> None:
        super().__init__()
        self.image = image
        #: Which picture this is, for a diagnostic (its caption's opening words or its file).
        self.name = name
        #: How far the printed picture's proportions may differ from the image's (a page
        #: designer crops rather than leave a photo narrower than its columns): up to ``crop``
        #: times flatter or taller; 1.0 never crops.
        self.crop = crop
        #: The picture's wanted height (the layout grows a photo to fill a page), reached by
        #: cropping within ``crop``; None: the image's own proportions.
        self.target_height = target_height
        self.caption = caption
        self.credit = credit
        if image is not None:
            w, h = image.getSize()
            self.aspect = (h / w) if w else PLACEHOLDER_ASPECT
        else:
            self.aspect = aspect or PLACEHOLDER_ASPECT
        self.max_height = max_height
        self.spaceAfter = 6
        self._img_w = self._img_h = self._text_h = 0.0
        #: The width of the caption column beside the picture; 0: caption under it.
        self._side = 0.0
        #: The page's column width and gutter (set by the layout): a picture narrowed below
        #: its columns is narrowed to a whole number of them, its side caption in the rest.
        self.grid: tuple[float, float] | None = None
        self._side_gap = SIDE_GAP
        self._cropped: dict[tuple[int, int, int, int], ImageReader] = {}

    @property
    def printed_width(self) -> float:
        """The image's width on the page, in points (after the last wrap)."""
        return self._img_w

    @property
    def pixels_wide(self) -> int:
        """The pixels across the printed picture (after cropping); 0 without an image."""
        if self.image is None:
            return 0
        return self._crop_box()[2] - self._crop_box()[0]

    def _crop_box(self) -> tuple[int, int, int, int]:
        """The image's pixels that print: its centre, at the printed proportions."""
        assert self.image is not None
        w, h = (int(v) for v in self.image.getSize())
        if not self._img_w or not self._img_h or not w or not h:
            return (0, 0, w, h)
        printed = self._img_h / self._img_w
        if printed > h / w * 1.001:  # taller than the image: its sides are cut
            keep = max(1, round(h / printed))
            left = (w - keep) // 2
            return (left, 0, left + keep, h)
        if printed < h / w / 1.001:  # flatter: top and bottom are cut
            keep = max(1, round(w * printed))
            top = (h - keep) // 2
            return (0, top, w, top + keep)
        return (0, 0, w, h)

    def _printed_image(self) -> ImageReader:
        """The image as it prints: cropped in pixels, so the PDF holds exactly what shows."""
        assert self.image is not None
        box = self._crop_box()
        if box[2:] == tuple(int(v) for v in self.image.getSize()) and box[:2] == (0, 0):
            return self.image
        if box not in self._cropped:
            self._cropped[box] = ImageReader(self.image._image.crop(box))
        return self._cropped[box]

    def _credit_width(self, width: float) -> float:
        """The credit's measure: the image's width, or (under a photo scaled narrower than it)
        up to the column's, so the credit stays one line: a credit wrapped onto a line of its
        own reads as a second, one-word credit."""
        if self.credit is None:
            return width
        style = self.credit.style
        natural = stringWidth(self.credit.getPlainText(), style.fontName, style.fontSize) + 1
        return float(max(width, min(natural, self.width or width)))

    def _text_height(self, width: float, *, caption: bool = True) -> float:
        """The depth of the credit and (unless it stands beside the picture) the caption."""
        total = 2.0
        parts = (
            (self.credit, self._credit_width(width)),
            (self.caption if caption else None, width),
        )
        for part, measure in parts:
            if part is not None:
                total += part.wrap(measure, 10_000)[1] + part.getSpaceAfter()
        return total

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._img_w = avail_width
        natural = avail_width * self.aspect
        flattest, tallest = natural / self.crop, natural * self.crop
        wanted = natural if self.target_height is None else self.target_height
        self._img_h = min(max(wanted, flattest), tallest)
        if self.max_height is not None and self._img_h > self.max_height:
            self._img_h = self.max_height
            if self.image is not None and self._img_h < flattest:
                # a placeholder has no proportions to keep; a photo cropped as far as it may
                # be is narrowed
                self._img_w = self._img_h * self.crop / self.aspect
        self._side = self._side_width(avail_width)
        self._text_h = self._text_height(self._img_w, caption=not self._side)
        self.height = self._img_h + self._text_h
        return (self.width, self.height)

    def _side_width(self, avail_width: float) -> float:
        """The caption column's width beside a picture narrowed below ``avail_width``, or 0
        when the caption goes under it (the picture fills the width, there is no caption, the
        strip is too narrow, or the caption is deeper than the picture)."""
        if self.image is None or self.caption is None or self._img_w >= avail_width:
            return 0.0
        img_w, gap = self._img_w, SIDE_GAP
        if self.grid is not None:
            column, gutter = self.grid
            columns = math.floor((img_w + gutter) / (column + gutter) + 1e-6)
            if columns >= 1:
                img_w, gap = columns * (column + gutter) - gutter, gutter
        width = min(avail_width - img_w - gap, SIDE_MAX_SHARE * img_w)
        if width < SIDE_MIN_WIDTH:
            return 0.0
        if self.caption.wrap(width, 10_000)[1] > self._img_h:
            return 0.0
        self._img_w, self._side_gap = img_w, gap
        return width

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        room = avail_height - self._text_height(avail_width)
        if room >= max(self._img_h * MIN_FIGURE_SHARE, 36.0):
            return [self.fitted(room)]
        return []

    def fitted(self, image_height: float) -> FigureFlowable:
        """This figure with its image no taller than ``image_height`` (proportions kept)."""
        return FigureFlowable(
            self.image,
            self.caption,
            self.credit,
            aspect=self.aspect,
            max_height=image_height,
            crop=self.crop,
            name=self.name,
        )

    def fit_into(self, avail_width: float, avail_height: float) -> FigureFlowable | None:
        """A copy scaled down to fit a whole column, or None when its text alone cannot fit."""
        room = avail_height - self._text_height(avail_width)
        return self.fitted(room) if room >= 24.0 else None

    def draw(self) -> None:
        canvas = self.canv
        # Flush left when scaled narrower than its column: the caption under it, and a byline
        # under that, then share the column's left edge, as a reader expects of one story.
        x = 0.0
        y = self._text_h
        if self.image is not None:
            canvas.drawImage(self._printed_image(), x, y, self._img_w, self._img_h)
        else:
            canvas.drawImage(placeholder_tint(), x, y, self._img_w, self._img_h)
            canvas.saveState()
            canvas.setStrokeColor(_GREY)
            canvas.setLineWidth(0.5)
            canvas.rect(x, y, self._img_w, self._img_h, fill=0, stroke=1)
            canvas.line(x, y, x + self._img_w, y + self._img_h)
            canvas.line(x, y + self._img_h, x + self._img_w, y)
            canvas.restoreState()
        top = y - 2
        if self.credit is not None:
            _, h = self.credit.wrap(self._credit_width(self._img_w), 10_000)
            self.credit.drawOn(canvas, x, top - h)
            top -= h + self.credit.getSpaceAfter()
        if self.caption is not None and self._side:
            # beside the picture, its last line level with the picture's foot (the credit
            # stays under the picture, where a reader looks for it)
            self.caption.wrap(self._side, 10_000)
            self.caption.drawOn(canvas, self._img_w + self._side_gap, y)
        elif self.caption is not None:
            _, h = self.caption.wrap(self._img_w, 10_000)
            self.caption.drawOn(canvas, x, top - h)


class Boxed(Flowable):  # type: ignore[misc]
    """Inner flowables set as a unit: ``box`` (tinted, ruled sidebar), ``rules`` (pull
    quote) or ``list`` (a list's items, no frame).

    Splits between (or inside) its inner flowables when a column cannot hold it whole; a box
    and a list only at the top of a column (``keep_whole``), a pull quote never.
    """

    def __init__(self, content: list[Any], *, mode: str = "box", padding: float = 5.0) -> None:
        super().__init__()
        self.content = content
        self.mode = mode
        self.padding = padding
        #: The column filler splits a box only at the top of a column (taller than one).
        self.keep_whole = mode in ("box", "list")
        self.spaceBefore = 4
        self.spaceAfter = 6
        self._heights: list[float] = []

    def _inner_width(self, avail_width: float) -> float:
        return avail_width - (2 * self.padding if self.mode == "box" else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = self._inner_width(avail_width)
        self._heights = []
        total = 2 * self.padding
        for i, flow in enumerate(self.content):
            _, h = flow.wrap(inner, 10_000)
            gap = flow.getSpaceAfter() if i < len(self.content) - 1 else 0
            self._heights.append(h + gap)
            total += h + gap
        self.width, self.height = avail_width, total
        return (self.width, self.height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self.mode == "rules":
            return []  # a pull quote is never broken; the column filler moves it on
        inner = self._inner_width(avail_width)
        room = avail_height - 2 * self.padding
        first: list[Any] = []
        rest = list(self.content)
        while rest and room > 0:
            flow = rest[0]
            _, h = flow.wrap(inner, 10_000)
            if h <= room:
                first.append(rest.pop(0))
                room -= h + flow.getSpaceAfter()
                continue
            parts = flow.split(inner, room)
            if len(parts) >= 2:
                first.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not first or not rest:
            return []
        return [
            Boxed(first, mode=self.mode, padding=self.padding),
            Boxed(rest, mode=self.mode, padding=self.padding),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.mode == "list":
            pass  # no frame: the items' marks show the unit
        elif self.mode == "box":
            canvas.setFillColor(_TINT)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.6)
            canvas.rect(0, 0, self.width, self.height, fill=1, stroke=1)
            canvas.setLineWidth(2)
            canvas.line(0, self.height, self.width, self.height)
        else:
            canvas.setLineWidth(1.2)
            canvas.line(0, self.height, self.width, self.height)
            canvas.setLineWidth(0.5)
            canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
        x = self.padding if self.mode == "box" else 0
        top = self.height - self.padding
        inner = self._inner_width(self.width)
        for flow, h in zip(self.content, self._heights, strict=True):
            _, fh = flow.wrap(inner, 10_000)
            flow.drawOn(canvas, x, top - fh)
            top -= h


class Shrunk(Flowable):  # type: ignore[misc]
    """A flowable drawn scaled down to fit a box it cannot fit otherwise (a last resort)."""

    def __init__(self, content: Any, width: float, height: float) -> None:
        super().__init__()
        self.content = content
        _, natural = content.wrap(width, 1e9)
        self.scale = min(1.0, height / natural) if natural > 0 else 1.0
        self.width, self.height = width, natural * self.scale
        self.content_width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (self.width, self.height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.content.wrap(self.content_width, 1e9)
        self.content.drawOn(self.canv, 0, 0)
        self.canv.restoreState()
