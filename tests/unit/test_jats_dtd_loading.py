"""``validate_with_dtd`` on tiny DTDs: located errors, unusable DTDs, unsafe documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout.api import validate
from newslayout.diagnostics import Severity
from newslayout.dtd import validate_with_dtd
from newslayout.errors import InputError, UnsafeInputError, XmlSyntaxError

DTD = """<!ELEMENT note (to, body)>
<!ATTLIST note kind (memo | letter) #REQUIRED>
<!ELEMENT to (#PCDATA)>
<!ELEMENT body (#PCDATA)>
"""


@pytest.fixture
def dtd(tmp_path: Path) -> Path:
    path = tmp_path / "note.dtd"
    path.write_text(DTD, "utf-8")
    return path


def test_valid_document_has_no_diagnostic(dtd: Path) -> None:
    assert validate_with_dtd(b'<note kind="memo"><to>A</to><body>B</body></note>', dtd) == []


def test_errors_are_located_by_file_and_line(dtd: Path, tmp_path: Path) -> None:
    doc = tmp_path / "bad.xml"
    doc.write_text('<note kind="postcard">\n<to>A</to>\n<extra/>\n</note>\n', "utf-8")
    found = validate_with_dtd(doc, dtd)
    assert found and all(d.code == "dtd-invalid" for d in found)
    assert all(d.severity is Severity.ERROR for d in found)
    lines = {d.location.line for d in found}
    assert 3 in lines  # <extra/> is undeclared
    assert any("kind" in d.message for d in found)
    assert all(d.render().startswith(f"{doc}:") for d in found)


def test_the_public_api_passes_through(dtd: Path, tmp_path: Path) -> None:
    doc = tmp_path / "ok.xml"
    doc.write_text('<note kind="letter"><to>A</to><body>B</body></note>', "utf-8")
    assert validate(doc, dtd=dtd) == []


def test_the_documents_own_doctype_is_ignored(dtd: Path) -> None:
    doc = b'<!DOCTYPE note SYSTEM "http://example.invalid/x.dtd"><note kind="memo"><to/></note>'
    [error] = validate_with_dtd(doc, dtd)
    assert "note" in error.message  # checked against OUR dtd, nothing fetched


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.dtd", None, "no such DTD file"),
        ("folder", "", "is a folder"),
        ("broken.dtd", "<!ELEMENT note (to>\n", "not a usable DTD"),
    ],
)
def test_unusable_dtd_is_an_input_error(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "":
        path.mkdir()
    elif content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=message):
        validate_with_dtd(b"<note/>", path)


def test_document_entities_are_refused(dtd: Path) -> None:
    doc = b'<!DOCTYPE note [<!ENTITY x "boom">]><note kind="memo"><to>&x;</to><body/></note>'
    with pytest.raises(UnsafeInputError):
        validate_with_dtd(doc, dtd)


def test_malformed_document_is_a_syntax_error_with_position(dtd: Path) -> None:
    with pytest.raises(XmlSyntaxError) as caught:
        validate_with_dtd(b"<note>\n<to></note>", dtd)
    assert caught.value.line == 2
