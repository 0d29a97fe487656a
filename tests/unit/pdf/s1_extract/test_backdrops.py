"""An image under a page's whole text (an e-paper's scan under its text layer) is no picture
(no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s1_extract.backdrops import split_backdrops
from newslayout.readers.pdf.types import ImageRef, Word
from pdf.builders import word

PAGE = Box(x0=0, top=0, x1=600, bottom=800)


def _words(n: int, x0: float = 50, top: float = 50) -> list[Word]:
    # n short words in rows of ten, 20 pt apart
    return [word("text", x0 + 40 * (i % 10), top + 20 * (i // 10)) for i in range(n)]


def test_an_image_under_all_the_text_is_a_backdrop() -> None:
    scan = ImageRef(box=PAGE)
    photo = ImageRef(box=Box(x0=300, top=600, x1=500, bottom=780))
    pictures, backdrops = split_backdrops([scan, photo], _words(200))
    assert backdrops == [scan]
    assert pictures == [photo]


def test_a_photo_with_some_text_on_it_stays_a_picture() -> None:
    photo = ImageRef(box=Box(x0=0, top=0, x1=600, bottom=300))
    words = _words(200)  # rows 50..430: a good part of them under the photo, not 90%
    pictures, backdrops = split_backdrops([photo], words)
    assert pictures == [photo]
    assert backdrops == []


def test_a_page_with_few_words_keeps_its_big_picture() -> None:
    poster = ImageRef(box=PAGE)
    pictures, backdrops = split_backdrops([poster], _words(20))
    assert pictures == [poster]
    assert backdrops == []
