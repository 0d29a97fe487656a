"""Stage 3 (columns): a tall picture in a node never makes it a "single row" of text, so the
narrow gutter between two side-by-side stories' headlines still cuts (no PDF needed)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.columns import page_regions
from newslayout.readers.pdf.types import ImageRef
from pdf.builders import in_rows, line_words

BODY = 10.0


def _two_stories(picture_bottom: float) -> list[str]:
    """Left: a two-line 24 pt head and body lines; right, 13 pt (half an em of the head)
    away: a one-line head, an italic deck and a picture running down beside the left text."""
    words = line_words("Left head", 10, 100, 24.0, bold=True)
    words += line_words("goes on", 10, 126, 24.0, bold=True)
    for i in range(12):
        words += line_words("aa bb cc dd", 10, 152 + 12 * i, BODY)
    words += line_words("Right head", 125, 100, 24.0, bold=True)
    words += line_words("a deck in italic", 125, 128, 11.0, italic=True)
    picture = ImageRef(box=Box(x0=125, top=145, x1=400, bottom=picture_bottom))
    regions = page_regions(in_rows(words), [picture], [], BODY)
    return [" ".join(w.text for i in r.items for w in i.words) for r in regions]


def test_side_by_side_heads_beside_a_tall_picture_are_cut_apart() -> None:
    texts = _two_stories(picture_bottom=400)
    left = next(t for t in texts if "Left" in t)
    assert "Right" not in left
    assert left.startswith("Left head goes on aa bb")


def test_the_same_heads_beside_a_short_picture_are_cut_apart_too() -> None:
    texts = _two_stories(picture_bottom=200)
    left = next(t for t in texts if "Left" in t)
    assert "Right" not in left
