"""Render every page of a corpus PDF at low resolution side by side, for eyeballing layout."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image


def montage(pdf: Path, out: Path, dpi: int = 40) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"], check=True)
        images = [
            Image.open(p)
            for p in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1]))
        ]
        width = sum(i.width for i in images) + 10 * (len(images) - 1)
        sheet = Image.new("RGB", (width, max(i.height for i in images)), "grey")
        x = 0
        for img in images:
            sheet.paste(img, (x, 0))
            x += img.width + 10
        sheet.save(out)
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(montage(Path(arg), Path("/tmp") / (Path(arg).stem + ".png")))
