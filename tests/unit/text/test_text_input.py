"""Bad and unusual input: encodings, binary data, empty files, very long lines, fuzzing."""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslayout.diagnostics import Log
from newslayout.errors import InputError, NewslayoutError, UsageError
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

SAMPLE = "Ferry Office Goes Paperless\n\nBy Dana Whitfield\n\nThe café opens at dawn.\n"


def _read(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    log = Log()
    issue = read_text(data, options=ReadOptions(encoding=encoding), log=log)
    text = issue.articles[0].blocks[0]
    return getattr(text, "text", ""), [d.code for d in log]


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
    ],
)
def test_unicode_encodings_are_detected(data: bytes) -> None:
    text, codes = _read(data)
    assert text == "The café opens at dawn."
    assert "text-encoding-fallback" not in codes


def test_cp1252_falls_back_with_a_warning() -> None:
    text, codes = _read(SAMPLE.replace("é", "é “x”").encode("cp1252"))
    assert text == "The café “x” opens at dawn."
    assert "text-encoding-fallback" in codes


def test_forced_encoding() -> None:
    text, codes = _read(SAMPLE.encode("cp1252"), encoding="cp1252")
    assert text == "The café opens at dawn." and not codes


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        _read(SAMPLE.encode(), encoding="no-such-encoding")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x00\x01\x02binary", bytes(range(256)) * 10])
def test_binary_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="not a text file"):
        _read(data)


@pytest.mark.parametrize("data", [b"", b"  \n\n \t\n", b"\xef\xbb\xbf"])
def test_empty_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        _read(data)


def test_control_characters_are_removed() -> None:
    log = Log()
    issue = read_text(
        (b"Ferry Office Goes Paperless\n\nBy Dana Whitfield\n\nThe ferry\x07 runs.\n"),
        options=ReadOptions(),
        log=log,
    )
    assert "\x07" not in issue.articles[0].blocks[0].spans.__repr__() + str(issue)
    assert "text-control-characters" in {d.code for d in log}


def test_one_megabyte_line_is_fast() -> None:
    line = ("word *a_b* - high- quality See page 3 (PHOTO: x " * 25_000)[:1_000_000]
    start = time.perf_counter()
    issue = read_text(line.encode(), options=ReadOptions(), log=Log())
    # A hang guard, not a benchmark: a pass quadratic in the line's length would take many
    # minutes on 1 MB, a linear one 1-3 s (10 s under a machine loaded with other runs).
    assert time.perf_counter() - start < 30
    assert issue.articles


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_but_newslayout_errors_on_text(text: str) -> None:
    with contextlib.suppress(NewslayoutError):
        read_text(text.encode("utf-8", "surrogatepass"), options=ReadOptions(), log=Log())


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_never_raises_but_newslayout_errors_on_bytes(data: bytes) -> None:
    with contextlib.suppress(NewslayoutError):
        read_text(data, options=ReadOptions(), log=Log())
