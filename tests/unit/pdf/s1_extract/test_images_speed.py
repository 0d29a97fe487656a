"""Pixels are decoded only when they can become a PNG (CCITT masks cost seconds to decode)."""

from __future__ import annotations

import pytest

from newslayout.readers.pdf.s1_extract.images import RawImage, can_convert_pixels, image_bytes

SPACES = ["DeviceRGB", "DeviceGray", "DeviceCMYK", "Indexed", "None", "ICCBased", ""]


@pytest.mark.parametrize("colorspace", SPACES)
@pytest.mark.parametrize("bits", [1, 2, 4, 8, 16])
def test_can_convert_says_exactly_when_image_bytes_converts(colorspace: str, bits: int) -> None:
    image = RawImage(
        filters=("FlateDecode",),
        raw=b"",
        width=2,
        height=2,
        colorspace=colorspace,
        bits=bits,
        decoded=b"\x80" * 64,
    )
    assert can_convert_pixels(colorspace, bits) == (image_bytes(image) is not None)


def test_gray_fax_images_still_convert() -> None:
    assert can_convert_pixels("DeviceGray", 1)
    assert not can_convert_pixels("None", 1)  # an image mask: no colour space of its own
