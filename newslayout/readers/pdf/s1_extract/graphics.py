"""pdfplumber's object dicts for images, lines and rects -> typed figures, rules and shades.

Kept apart from ``extract`` (which walks the page and owns every pdfplumber call) so that the
decisions (what is a rule, a tinted box, a picture too small to be a figure, which image bytes
to keep) read as plain functions over plain values. The image stream is duck-typed
(``get_filters``, ``get_rawdata``, ``get_data``), as pdfminer's ``PDFStream`` provides.
"""

from __future__ import annotations

from typing import Any

from newslayout.geometry import Box
from newslayout.readers.pdf.s1_extract.images import (
    BITS_PER_BYTE,
    RawImage,
    can_convert_pixels,
    image_bytes,
)
from newslayout.readers.pdf.types import DrawnRule, ImageRef, Shade

#: A rectangle thinner than this (pt) is a rule; a filled one larger in both directions a shade.
RULE_THICKNESS = 3.0
SHADE_MIN = 20.0
#: Images smaller than this (pt) in either direction are ornaments, not figures.
IMAGE_MIN = 24.0


def color_string(value: object) -> str:
    """A colour as compact text ("0.70,0.10,0.10"), so that styles compare as strings."""
    if isinstance(value, tuple | list):
        return ",".join(f"{float(v):.2f}" for v in value if isinstance(v, int | float))
    if isinstance(value, int | float):
        return f"{float(value):.2f}"
    return ""


def _literal_name(value: object) -> str:
    if isinstance(value, list | tuple) and value:
        value = value[0]
    name = getattr(value, "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def image_ref(obj: dict[str, Any], want_bytes: bool) -> ImageRef | None:
    """A placed image (with its JPEG/PNG bytes when wanted), or ``None`` for an ornament.

    An image whose stream cannot be converted keeps its place without bytes; the caller
    reports it. Only ``Exception`` is caught: the page watchdog's alarm still gets through.
    """
    box = Box.rounded(obj["x0"], obj["top"], obj["x1"], obj["bottom"])
    if box.width < IMAGE_MIN or box.height < IMAGE_MIN:
        return None
    if not want_bytes:
        return ImageRef(box=box)
    stream = obj["stream"]
    try:
        filters = tuple(_literal_name(f) for f, _ in stream.get_filters())
        raw = stream.get_rawdata() or b""
        colorspace = _literal_name(obj.get("colorspace"))
        bits = int(obj.get("bits") or BITS_PER_BYTE)
        decoded = None
        if (not filters or filters[-1] not in ("DCTDecode", "JPXDecode")) and can_convert_pixels(
            colorspace, bits
        ):
            decoded = stream.get_data()
        width, height = obj["srcsize"]
        found = image_bytes(
            RawImage(
                filters=filters,
                raw=raw,
                width=int(width),
                height=int(height),
                colorspace=colorspace,
                bits=bits,
                decoded=decoded,
            )
        )
    except Exception:  # a broken image stream must not cost the page
        found = None
    if found is None:
        return ImageRef(box=box)
    return ImageRef(box=box, data=found[0], media_type=found[1])


def rules_and_shades(
    lines: list[dict[str, Any]], rects: list[dict[str, Any]]
) -> tuple[tuple[DrawnRule, ...], tuple[Shade, ...]]:
    """Drawn lines and thin rects as rules; large filled, non-white rects as shades."""
    rules: list[DrawnRule] = []
    shades: list[Shade] = []
    for obj in lines:
        rules.append(DrawnRule(box=Box.rounded(obj["x0"], obj["top"], obj["x1"], obj["bottom"])))
    for obj in rects:
        box = Box.rounded(obj["x0"], obj["top"], obj["x1"], obj["bottom"])
        if min(box.width, box.height) <= RULE_THICKNESS:
            rules.append(DrawnRule(box=box))
        elif (
            box.width >= SHADE_MIN
            and box.height >= SHADE_MIN
            and obj.get("fill")
            and color_string(obj.get("non_stroking_color")) not in ("1.00", "1.00,1.00,1.00")
        ):
            shades.append(Shade(box=box))
    return tuple(rules), tuple(shades)
