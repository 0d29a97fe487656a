"""The format table: names, suffixes, sniffing and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout.errors import UnsupportedFormatError
from newslayout.formats import format_for_path, get_format, sniff


def test_suffixes_pick_formats(tmp_path: Path) -> None:
    assert format_for_path(Path("a.PDF"), None, reading=True).name == "pdf"
    assert format_for_path(Path("a.txt"), None, reading=True).name == "text"
    assert format_for_path(Path("a.xml"), None, reading=False).name == "xml"
    assert format_for_path(Path("a.json"), None, reading=False).name == "json"


def test_unknown_suffix_is_sniffed_when_reading(tmp_path: Path) -> None:
    path = tmp_path / "scan.bin"
    path.write_bytes(b"%PDF-1.7\n...")
    assert format_for_path(path, None, reading=True).name == "pdf"


def test_unknown_suffix_when_writing_names_the_option() -> None:
    with pytest.raises(UnsupportedFormatError, match="format="):
        format_for_path(Path("out.docx"), None, reading=False)


def test_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        get_format("docx")
    assert "xml" in str(info.value) and "pdf" in str(info.value)


def test_sniff() -> None:
    assert sniff(b"\xef\xbb\xbf<?xml version='1.0'?>") == "xml"
    assert sniff(b"  %PDF-1.4") == "pdf"
    assert sniff(b"HARBOR LEDGER") is None
