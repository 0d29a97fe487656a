"""validate: one message per cause, and the message says what is really wrong."""

from __future__ import annotations

import re
from pathlib import Path

from sample_dir import SAMPLES

import newslayout

SAMPLE_TEXT = (SAMPLES / "harbor-ledger.xml").read_text(encoding="utf-8")
FIRST_PAGE = '<page id="p1" seq="1"'


def _validate(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "issue.xml"
    path.write_text(text, encoding="utf-8")
    return [(d.code, d.message) for d in newslayout.validate(path)]


def test_a_missing_seq_is_one_error_not_a_cascade(tmp_path: Path) -> None:
    assert FIRST_PAGE in SAMPLE_TEXT
    found = _validate(tmp_path, SAMPLE_TEXT.replace(FIRST_PAGE, '<page id="p1"', 1))
    assert found == [("schema", "<page> lacks the required attribute seq")]


def test_a_seq_that_is_not_a_number_says_so(tmp_path: Path) -> None:
    found = _validate(tmp_path, SAMPLE_TEXT.replace(FIRST_PAGE, '<page id="p1" seq="three"', 1))
    assert found == [("schema", "<page> attribute seq='three' is not a whole number")]


def test_pages_out_of_order_are_one_error(tmp_path: Path) -> None:
    extra = '<pages>\n    <page id="p9" seq="9"/>'
    found = _validate(tmp_path, SAMPLE_TEXT.replace("<pages>", extra, 1))
    codes = [code for code, _ in found]
    assert codes.count("page-seq") == 1, found
    [message] = [m for c, m in found if c == "page-seq"]
    assert re.fullmatch(
        r"page 1 of the file has seq=9 \(and 4 more page\(s\) after it\): .+", message
    )
    assert "page-out-of-range" not in codes


def test_an_unknown_attribute_is_named(tmp_path: Path) -> None:
    text = SAMPLE_TEXT.replace('<article id="a1"', '<article bogus="1" id="a1"', 1)
    assert text != SAMPLE_TEXT
    found = _validate(tmp_path, text)
    assert ("schema", "<article> attribute bogus='1' is not allowed here") in found
    assert not any("lacks" in m for _, m in found)


def test_a_jats_article_is_told_to_use_a_dtd() -> None:
    jats = b'<?xml version="1.0"?>\n<article><front/></article>\n'
    [problem] = newslayout.validate(jats)
    assert problem.code == "wrong-root"
    assert problem.message.endswith("validate it against the JATS DTD with validate(dtd=PATH)")
