"""Safe parsing with real attack payloads: XXE, billion laughs, parameter entities, depth."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newslayout.diagnostics import Log
from newslayout.errors import InputError, UnsafeInputError, XmlSyntaxError
from newslayout.readers.issue_xml import read_xml
from newslayout.validation import validate_xml
from newslayout.xmlsafe import MAX_DEPTH, MAX_TEXT_CHARS, declared_entities, parse_untrusted

SECRET = "TOP-SECRET-7f3a9c"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _xxe(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE issue [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<issue schema-version="1" xml:lang="en"><issue-meta><source>&xxe;</source>'
        "</issue-meta><pages/></issue>"
    ).encode()


def _billion_laughs() -> bytes:
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{"".join(decls)}]>\n<lolz>&lol9;</lolz>'.encode()
    )


def test_external_entity_is_refused_and_the_secret_never_leaks(secret_file: Path) -> None:
    data = _xxe(secret_file)
    with pytest.raises(UnsafeInputError) as caught:
        parse_untrusted(data)
    assert SECRET not in str(caught.value)
    found = validate_xml(data)
    assert [d.code for d in found] == ["unsafe-xml"]
    assert all(SECRET not in d.render() for d in found)
    log = Log()
    with pytest.raises(UnsafeInputError) as again:
        read_xml(data, log=log)
    assert SECRET not in str(again.value) and all(SECRET not in d.render() for d in log)


def test_parameter_entity_and_utf16_payloads_are_refused(secret_file: Path) -> None:
    pe = (
        f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret_file}"> %p;]>'
        "\n<r/>"
    ).encode()
    with pytest.raises(UnsafeInputError, match="%p"):
        parse_untrusted(pe)
    utf16 = _xxe(secret_file).decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    with pytest.raises(UnsafeInputError) as caught:
        parse_untrusted(utf16.encode("utf-16"))
    assert SECRET not in str(caught.value)


def test_billion_laughs_returns_fast_with_an_error() -> None:
    start = time.perf_counter()
    with pytest.raises(UnsafeInputError, match="entities"):
        parse_untrusted(_billion_laughs())
    found = validate_xml(_billion_laughs())
    assert time.perf_counter() - start < 1.0
    assert [(d.code, d.location.line) for d in found] == [("unsafe-xml", 1)]


def test_doctype_without_entities_is_allowed_and_not_loaded(tmp_path: Path) -> None:
    data = (
        b'<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3'
        b' 20210610//EN" "JATS-journalpublishing1-3.dtd">\n<article><p>x</p></article>'
    )
    tree = parse_untrusted(data)
    assert tree.getroot().tag == "article"
    assert declared_entities(data) == []


def test_undefined_entity_is_a_syntax_error() -> None:
    with pytest.raises(XmlSyntaxError, match="nbsp"):
        parse_untrusted(b"<a>x&nbsp;y</a>")
    with pytest.raises(XmlSyntaxError, match="cannot be resolved"):
        parse_untrusted(b'<!DOCTYPE a SYSTEM "a.dtd">\n<a>x&nbsp;y</a>')


def test_deep_nesting_is_refused_by_our_cap_and_by_the_parser() -> None:
    just_over = b"<a>" * (MAX_DEPTH + 5) + b"</a>" * (MAX_DEPTH + 5)
    with pytest.raises(UnsafeInputError, match=f"deeper than {MAX_DEPTH}"):
        parse_untrusted(just_over)
    start = time.perf_counter()
    very_deep = b"<a>" * 100_000 + b"</a>" * 100_000
    with pytest.raises(UnsafeInputError):
        parse_untrusted(very_deep)
    assert time.perf_counter() - start < 2.0
    assert [d.code for d in validate_xml(very_deep)] == ["unsafe-xml"]


def test_oversized_text_is_refused() -> None:
    data = b"<a>" + b"x" * (MAX_TEXT_CHARS + 1) + b"</a>"
    with pytest.raises(UnsafeInputError, match="characters is longer"):
        parse_untrusted(data)


def test_malformed_xml_has_line_and_column() -> None:
    with pytest.raises(XmlSyntaxError) as caught:
        parse_untrusted(b"<a>\n  <b>text</a>")
    assert (caught.value.line, caught.value.column) == (2, 10)
    found = validate_xml(b"<a>\n  <b>text</a>")
    assert [(d.code, d.location.line, d.location.column) for d in found] == [("xml-syntax", 2, 10)]
    assert ", column" not in found[0].message


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        parse_untrusted(tmp_path / "nope.xml")
