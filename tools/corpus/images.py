"""Photo placeholders: small deterministic JPEGs that look like a picture, not a real photo."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

WIDTH = 480
ROOT = Path(__file__).resolve().parents[2]  # real pictures (Figure.image) are named from here

# Sky/ground colour pairs per motif, so different stories get visibly different pictures.
PALETTES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    "harbor": ((150, 185, 215), (40, 80, 110)),
    "landscape": ((170, 200, 230), (80, 120, 60)),
    "street": ((200, 200, 205), (90, 85, 80)),
    "sport": ((140, 190, 240), (50, 140, 60)),
    "lab": ((225, 230, 235), (120, 130, 150)),
    "portrait": ((120, 110, 100), (60, 50, 45)),
    "weather": ((90, 100, 120), (150, 160, 170)),
}


def _gradient(
    w: int, h: int, top: tuple[int, int, int], bottom: tuple[int, int, int]
) -> Image.Image:
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):
        t = y / max(h - 1, 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (w, y)], fill=colour)
    return img


def _shapes(img: Image.Image, rng: random.Random, kind: str) -> None:
    draw = ImageDraw.Draw(img)
    w, h = img.size
    horizon = int(h * rng.uniform(0.45, 0.65))
    if kind == "portrait":
        # A head-and-shoulders silhouette.
        cx = w // 2 + rng.randint(-30, 30)
        draw.ellipse([cx - 55, h * 0.18, cx + 55, h * 0.18 + 130], fill=(200, 170, 150))
        draw.rectangle([cx - 120, h * 0.62, cx + 120, h], fill=(40, 60, 90))
        return
    for _ in range(rng.randint(4, 9)):
        x = rng.randint(0, w)
        bw = rng.randint(20, 90)
        bh = rng.randint(20, int(h * 0.4))
        shade = rng.randint(40, 200)
        draw.rectangle(
            [x, horizon - bh, x + bw, horizon],
            fill=(shade, shade - 20 if shade > 20 else 0, shade // 2),
        )
    if kind in ("harbor", "weather"):
        for _ in range(3):
            x = rng.randint(20, w - 80)
            draw.polygon(
                [
                    (x, horizon + 20),
                    (x + 70, horizon + 20),
                    (x + 55, horizon + 38),
                    (x + 12, horizon + 38),
                ],
                fill=(230, 230, 225),
            )
    draw.ellipse([w * 0.75, h * 0.08, w * 0.75 + 40, h * 0.08 + 40], fill=(250, 240, 200))


def _noise(img: Image.Image, rng: random.Random) -> Image.Image:
    # Film-grain noise hides the flat shapes and keeps JPEGs small after a blur.
    grain = Image.effect_noise(img.size, 30).convert("RGB")
    out = Image.blend(img, grain, 0.12)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))


def make_photo(path: Path, seed: int, kind: str, aspect: float) -> Path:
    rng = random.Random(seed)
    height = max(120, int(WIDTH * aspect))
    top, bottom = PALETTES.get(kind, PALETTES["landscape"])
    img = _gradient(WIDTH, height, top, bottom)
    _shapes(img, rng, kind)
    img = _noise(img, rng)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=55, optimize=True)
    return path


def crop_photo(source: Path, path: Path, aspect: float) -> Path:
    """A real picture centre-cropped to height/width = aspect (as a page would place it)."""
    with Image.open(source) as img:
        w, h = img.size
        if h / w > aspect:
            cut = int((h - w * aspect) / 2)
            box = (0, cut, w, h - cut)
        else:
            cut = int((w - h / aspect) / 2)
            box = (cut, 0, w - cut, h)
        img.crop(box).convert("RGB").save(path, "JPEG", quality=90)
    return path
