"""Captions in ``pdftotext -raw`` text (no blank lines): a whole sentence wider than the
column lines under it is a photo's caption, under a header or under a credit line; a
first line no wider than the column is text."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Figure, Issue, Paragraph
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

CAPTION = "Work on the harbour wall began on Tuesday, the site manager said."
CREDITED = "The ferry leaves the pier at dawn on Monday, as it has for years."
COLUMN = (
    "The council approved the\nrepairs on Tuesday after\na long wait for money.\n"
    "Boats will moor in the\nouter basin until May.\n"
)
TEXT = (
    "The Valley Post\nHarbour wall to be rebuilt\nBy Ada Quill\n"
    + CAPTION
    + "\n"
    + COLUMN
    + "Ferry fares to rise in spring\nBy Ben Toll\nPia Brann / Valley Post\n"
    + CREDITED
    + "\nFares will rise by a\ntenth in April, the\noperator said today.\n"
)


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def _figures(issue: Issue) -> list[tuple[str, str]]:
    return [
        (b.caption_text, b.credit)
        for a in issue.articles
        for b in a.blocks
        if isinstance(b, Figure)
    ]


def test_wide_sentence_under_header_and_under_credit_are_captions() -> None:
    issue = _read(TEXT)
    assert _figures(issue) == [(CAPTION, ""), (CREDITED, "Pia Brann / Valley Post")]
    paragraphs = [b.text for a in issue.articles for b in a.blocks if isinstance(b, Paragraph)]
    assert (
        paragraphs[0] == "The council approved the repairs on Tuesday after a long wait for money."
    )
    assert paragraphs[-1] == "Fares will rise by a tenth in April, the operator said today."


def test_first_line_as_wide_as_the_column_is_text() -> None:
    narrow = TEXT.replace(CAPTION, "Work began on the wall today.")
    assert (CAPTION, "") not in _figures(_read(narrow))
    assert all(caption != "Work began on the wall today." for caption, _ in _figures(_read(narrow)))


SPLIT_CAPTION = (
    "The eastern tunnel in Prestwick was moved by the end of the year after a survey\nfound damp.\n"
)


def test_wide_caption_ending_on_a_short_second_line_is_one_caption() -> None:
    text = TEXT.replace(CREDITED + "\n", SPLIT_CAPTION)
    joined = " ".join(SPLIT_CAPTION.split())
    assert (joined, "Pia Brann / Valley Post") in _figures(_read(text))


def test_second_line_as_long_as_the_first_is_no_caption_end() -> None:
    text = TEXT.replace(
        CAPTION + "\n",
        "Work on the harbour wall began on Tuesday, the site\n"
        "manager of the new works at the quay said again today.\n",
    )
    assert all(credit for _, credit in _figures(_read(text)))


PHOTO = "The old pier in Marlow was painted white by volunteers over the weekend."
PHOTO_PAGE = (
    "The Valley Post\nHarbour wall to be rebuilt\nBy Ada Quill\n"
    + COLUMN
    + "Pier in the sun\n"
    + PHOTO
    + "\nFerry fares to rise in spring\nBy Ben Toll\n"
    + COLUMN
)


def test_a_title_over_one_wide_sentence_then_a_header_is_a_photo() -> None:
    issue = _read(PHOTO_PAGE)
    (photo,) = [a for a in issue.articles if a.headline == "Pier in the sun"]
    assert [(b.caption_text, b.credit) for b in photo.blocks if isinstance(b, Figure)] == [
        (PHOTO, "")
    ]
    assert not [b for b in photo.blocks if isinstance(b, Paragraph)]


def test_a_title_over_one_column_wide_sentence_is_a_story() -> None:
    brief = "Fares rise in April, the\noperator said on Monday."
    issue = _read(PHOTO_PAGE.replace(PHOTO, brief))
    assert not [b for a in issue.articles for b in a.blocks if isinstance(b, Figure)]
