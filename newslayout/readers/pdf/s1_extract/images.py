"""Image bytes for figures: JPEG streams kept as they are, everything else converted to PNG.

Takes plain values (filters, raw and decoded bytes, size, colour space) so that it needs
neither pdfplumber nor a PDF to test; ``extract`` pulls those values out of the PDF stream.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

#: Bits in a byte: 8-bit components are one byte a channel (the depth PIL takes as is besides
#: 1-bit grey), and 1-bit rows are packed eight pixels a byte. Also the PDF default depth.
BITS_PER_BYTE = 8

JPEG = "image/jpeg"
PNG = "image/png"

_MODES = {"DeviceRGB": ("RGB", 3), "DeviceGray": ("L", 1), "DeviceCMYK": ("CMYK", 4)}


@dataclass(frozen=True, slots=True, kw_only=True)
class RawImage:
    """What a PDF image XObject holds, reduced to plain values."""

    filters: tuple[str, ...]
    raw: bytes
    width: int
    height: int
    colorspace: str = "DeviceRGB"
    bits: int = 8
    decoded: bytes | None = None


def can_convert_pixels(colorspace: str, bits: int) -> bool:
    """Whether decoded pixels in this colour space and depth can become a PNG here.

    Asked before decoding: pdfminer decodes some filters (CCITT fax) in pure Python, which
    takes seconds per image, so pixels nobody can use are never decoded.
    """
    mode = _MODES.get(colorspace)
    return mode is not None and (bits == BITS_PER_BYTE or (bits == 1 and mode[0] == "L"))


def image_bytes(image: RawImage) -> tuple[bytes, str] | None:
    """``(data, media_type)`` for an image, or ``None`` when it cannot be converted.

    A lone DCTDecode stream is already a JPEG file and is written unchanged (no quality
    loss); other images are decoded pixels that are wrapped into a PNG.
    """
    if image.filters and image.filters[-1] == "DCTDecode":
        return image.raw, JPEG
    if image.filters and image.filters[-1] == "JPXDecode":
        try:
            with Image.open(io.BytesIO(image.raw)) as jpx:
                return _png(jpx.convert("RGB")), PNG
        except (OSError, ValueError):
            return None
    mode = _MODES.get(image.colorspace)
    if mode is None or image.decoded is None:
        return None
    name, channels = mode
    if image.bits == 1 and name == "L":
        name, expected = "1", ((image.width + BITS_PER_BYTE - 1) // BITS_PER_BYTE) * image.height
    elif image.bits == BITS_PER_BYTE:
        expected = image.width * image.height * channels
    else:
        return None
    if len(image.decoded) < expected or image.width <= 0 or image.height <= 0:
        return None
    try:
        pixels = Image.frombytes(name, (image.width, image.height), image.decoded[:expected])
    except ValueError:
        return None
    if name == "CMYK":
        pixels = pixels.convert("RGB")
    return _png(pixels), PNG


def _png(pixels: Image.Image) -> bytes:
    buffer = io.BytesIO()
    pixels.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def extension(media_type: str) -> str:
    """The file extension for an image media type."""
    return "jpg" if media_type == JPEG else "png"
