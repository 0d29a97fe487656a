"""The validator: every invalid fixture gives its documented code at the right line:column.

Each file in ``tests/fixtures/xml/invalid/`` says what it expects in a comment: either
``<!-- expect: CODE -->`` on the line before the offending element (the expected column is
that element's ``<``), or ``<!-- expect: CODE at LINE:COLUMN -->`` where the parser decides.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslayout.diagnostics import Severity, all_codes
from newslayout.errors import InputError
from newslayout.validation import validate_xml
from newslayout.validation_checks import valid_iso_date

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
DOCS = Path(__file__).resolve().parents[2] / "docs"
INVALID = sorted((FIXTURES / "invalid").glob("*.xml"))
_EXPECT = re.compile(r"<!-- expect: (?P<code>[a-z-]+)(?: at (?P<line>\d+):(?P<col>\d+))? -->")


def expectation(path: Path) -> tuple[str, int, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, text in enumerate(lines, start=1):
        match = _EXPECT.search(text)
        if match is None:
            continue
        if match.group("line"):
            return match.group("code"), int(match.group("line")), int(match.group("col"))
        following = lines[number]
        return match.group("code"), number + 1, following.index("<") + 1
    raise AssertionError(f"{path.name} has no expect comment")


def test_there_is_a_fixture_for_each_required_problem() -> None:
    names = {p.stem for p in INVALID}
    required = {"missing-headline", "duplicate-id", "dangling-reference", "bad-date"}
    required |= {"wrong-root", "malformed", "unsupported-version"}
    assert required <= names


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_reports_its_code_at_its_position(path: Path) -> None:
    code, line, column = expectation(path)
    found = validate_xml(path)
    located = [(d.code, d.location.line, d.location.column) for d in found]
    assert (code, line, column) in located, [d.render() for d in found]
    hit = next(d for d in found if d.code == code)
    assert hit.severity is Severity.ERROR
    assert hit.render().startswith(f"{path}:{line}:{column}: error: [{code}] ")


def test_valid_fixtures_and_the_sample_have_no_diagnostics() -> None:
    sample = DOCS.parent / "samples" / "harbor-ledger.xml"
    for path in [*sorted((FIXTURES / "valid").glob("*.xml")), sample]:
        assert [d.render() for d in validate_xml(path)] == [], path


def _variant(old: str, new: str) -> bytes:
    text = (FIXTURES / "valid" / "minimal.xml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode()


def test_jump_to_a_page_outside_the_file_is_a_warning_only() -> None:
    data = _variant('from-page="1" to-page="2">See', 'from-page="1" to-page="9">See')
    found = validate_xml(data)
    assert [(d.code, d.severity) for d in found] == [
        ("page-outside-issue", Severity.WARNING),
        ("unresolved-jump", Severity.WARNING),
    ]
    assert found[0].render().startswith("<input>:40:9: warning: [page-outside-issue]")


def test_unresolved_unpaired_jump_is_a_warning_resolved_one_an_error() -> None:
    data = _variant("Continued from page 1</related-article>", "x</related-article>")
    data = data.replace(
        b'related-article-type="continued-from"', b'related-article-type="continued-on"'
    )
    found = validate_xml(data)
    assert {d.code for d in found} == {"unresolved-jump"}
    resolved = data.replace(b'to-page="2">', b'to-page="2" resolved="true">')
    assert {d.code for d in validate_xml(resolved)} == {"unpaired-jump"}


def test_teaser_to_a_page_without_its_article_is_a_warning() -> None:
    data = _variant('<p spans="p2@', '<p spans="p1@')
    data = data.replace(b"<lpage>2</lpage>", b"<lpage>1</lpage>")
    data = data.replace(b"<page-range>1-2</page-range>", b"<page-range>1</page-range>")
    found = validate_xml(data)
    assert [(d.code, d.severity, d.location.line) for d in found] == [
        ("teaser-target-page", Severity.WARNING, 16)
    ]


def test_grammar_errors_name_what_is_missing() -> None:
    data = _variant('<page id="p1" seq="1"', '<page id="p1"')
    first = validate_xml(data)[0]
    assert (first.code, first.location.line, first.location.column) == ("schema", 15, 5)
    assert first.message == "<page> lacks the required attribute seq"


def test_unsafe_input_is_a_diagnostic_not_an_exception() -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE issue [<!ENTITY x "y">]>\n<issue/>'
    found = validate_xml(data)
    assert [(d.code, d.severity) for d in found] == [("unsafe-xml", Severity.ERROR)]


def test_unreadable_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate_xml(tmp_path / "missing.xml")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2026-03-03", True),
        ("2026-03-03/2026-03-04", True),
        ("2024-02-29", True),
        ("2026-02-29", False),
        ("2026-03-04/2026-03-03", False),
        ("2026-3-3", False),
        ("2026-03", False),
        ("2026-03-03/2026-03-04/2026-03-05", False),
        ("March 3", False),
    ],
)
def test_iso_dates_and_ranges(value: str, ok: bool) -> None:
    assert valid_iso_date(value) is ok


def test_every_code_of_this_area_is_documented() -> None:
    text = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    section = text.split("## XML reading and validation", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^### (\S+)", section, flags=re.M))
    mine = {code for code in all_codes() if code in _AREA_CODES}
    assert mine == _AREA_CODES
    assert documented == _AREA_CODES


_AREA_CODES = {
    "xml-invalid-character", "xml-syntax", "unsafe-xml", "wrong-root", "schema-version",
    "schema", "duplicate-id", "dangling-reference", "page-seq", "bad-spans",
    "page-out-of-range", "page-outside-issue", "page-range-mismatch", "unpaired-jump",
    "unresolved-jump", "bad-date", "empty-headline", "teaser-target-page", "missing-image",
    "unsafe-href", "target-page-missing", "page-label-mismatch", "bad-sidebar",
}  # fmt: skip


def _front(old: str, new: str) -> bytes:
    text = (FIXTURES / "valid" / "front-page.xml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode()


def test_a_jump_out_of_the_file_cannot_be_resolved() -> None:
    data = _front('to-label="A15"', 'to-label="A15" resolved="true"')
    assert [(d.code, d.severity) for d in validate_xml(data)] == [("unpaired-jump", Severity.ERROR)]


def test_a_jump_end_with_page_and_label_must_agree() -> None:
    data = _front('from-page="1" to-label="A15"', 'from-page="1" from-label="A2" to-label="A15"')
    found = validate_xml(data)
    assert [d.code for d in found] == ["page-label-mismatch"]
    assert "page 1 is labelled 'A1'" in found[0].message


def test_a_jump_end_needs_a_page_or_a_label() -> None:
    data = _front(' to-label="A15"', "")
    assert {d.code for d in validate_xml(data)} == {"schema"}


def test_a_box_names_a_main_story_not_another_box() -> None:
    data = _front(
        '<article id="photo" article-type="news"',
        '<article id="photo" article-type="news" sidebar-of="box"',
    )
    found = validate_xml(data)
    assert [d.code for d in found] == ["bad-sidebar"]
    assert 'names a sidebar of "lead"' in found[0].message
    dangling = _front('sidebar-of="lead"', 'sidebar-of="nobody"')
    assert [d.code for d in validate_xml(dangling)] == ["bad-sidebar"]


def test_an_empty_headline_is_a_warning() -> None:
    data = _front(
        "<article-title>Black Lives Matter</article-title>", "<article-title> </article-title>"
    )
    found = validate_xml(data)
    assert [(d.code, d.severity, d.location.line) for d in found] == [
        ("empty-headline", Severity.WARNING, 58)
    ]


def test_a_version_1_file_may_not_use_what_version_2_added() -> None:
    data = _front('schema-version="2"', 'schema-version="1"')
    found = validate_xml(data)
    assert [d.code for d in found] == ["schema"] * 4
    assert found[0].message == "<teaser> page-label needs schema-version 2; this file says 1"
    assert found[0].location.line == 16
