"""Draw the sample issue's three photos: ``samples/harbor-ledger-images/p{1,2,3}-1.jpg``.

The sample issue itself, ``samples/harbor-ledger.xml``, is kept as data: edit it by hand and
check it with ``newslayout validate``. It is an invented four-page weekend issue of an invented
harbour town; every name, place and quotation in it is made up. Its pictures are abstract
(waves and discs) and drawn here, the same bytes for the same seed, so the repository need not
trust a binary it cannot rebuild; a test checks the committed files are what this writes.

Run ``python samples/make_images.py`` (optionally ``--out FOLDER``).
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PIL import Image, ImageDraw

FOLDER = "harbor-ledger-images"
#: The photos by file name, each drawn from its seed.
IMAGES = {"p1-1.jpg": 1, "p2-1.jpg": 2, "p3-1.jpg": 3}


def image(seed: int) -> bytes:
    """A small abstract JPEG (waves and discs), the same bytes for the same seed."""
    width, height = 360, 240
    img = Image.new("RGB", (width, height), (200 - 20 * seed, 215, 230))
    draw = ImageDraw.Draw(img)
    for band in range(6):
        top = 90 + band * 25 + seed * 3
        shade = (30 + 25 * band, 70 + 15 * band + 10 * seed, 120 + 18 * band)
        draw.rectangle((0, top, width, height), fill=shade)
        for x in range(0, width, 40):
            draw.ellipse((x - 20, top - 8, x + 20, top + 8), fill=shade)
    for k in range(3 + seed):
        x, y, r = 50 + 90 * k % width, 40 + 17 * k, 14 + 6 * ((k + seed) % 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(240, 190 - 30 * k % 120, 60))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=70, optimize=True)
    return out.getvalue()


def build(out: Path) -> list[Path]:
    """Write the sample's images into ``out/harbor-ledger-images``; returns the files written."""
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, seed in IMAGES.items():
        target = folder / name
        target.write_bytes(image(seed))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
