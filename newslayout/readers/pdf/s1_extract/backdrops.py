"""Page backdrops: an image under the whole text of a page takes no part in its layout.

An e-paper is often a scan of the printed page with the text laid over it as a text layer:
one image the size of the page, every word on top of it. Taken as a picture, it crosses every
gutter and every band, so the XY-cut cannot cut the page at all and lines of all columns
merge. An image is such a backdrop when it holds at least ``BACKDROP_SHARE`` of a page's
words, and the page has at least ``BACKDROP_WORDS`` words (a photo with a few labels on it is
not one). The pictures printed on such a page are part of the scan, not images of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.readers.pdf.types import ImageRef, Word

#: A backdrop holds at least this share of the page's words ...
BACKDROP_SHARE = 0.9
#: ... and the page has at least this many words.
BACKDROP_WORDS = 100


def _holds(image: ImageRef, word: Word) -> bool:
    b = image.box
    return b.x0 <= word.x0 and word.x1 <= b.x1 and b.top <= word.top and word.bottom <= b.bottom


def is_backdrop(image: ImageRef, words: Sequence[Word]) -> bool:
    """Whether ``image`` lies under (nearly) all of a page's text."""
    if len(words) < BACKDROP_WORDS:
        return False
    held = sum(1 for w in words if _holds(image, w))
    return held >= BACKDROP_SHARE * len(words)


def split_backdrops(
    images: Sequence[ImageRef], words: Sequence[Word]
) -> tuple[list[ImageRef], list[ImageRef]]:
    """The page's images as (pictures that take part in the layout, backdrops)."""
    pictures: list[ImageRef] = []
    backdrops: list[ImageRef] = []
    for image in images:
        (backdrops if is_backdrop(image, words) else pictures).append(image)
    return pictures, backdrops
