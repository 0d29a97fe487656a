"""Bytes -> text: encoding detection, binary rejection, line-ending and control cleanup.

Order: a forced encoding (``ReadOptions.encoding``); a byte-order mark (UTF-32, UTF-8,
UTF-16); the NUL pattern of BOM-less UTF-16 (every other byte NUL); strict UTF-8; then, unless
the bytes look binary, cp1252 (or latin-1 for bytes cp1252 leaves undefined) with a warning.
"""

from __future__ import annotations

import codecs
import re

from newslayout.diagnostics import Log
from newslayout.errors import InputError, UsageError
from newslayout.readers.text.codes import CONTROL_CHARACTERS, DECODE_ERRORS, ENCODING_FALLBACK

#: Share of NUL bytes at odd (or even) offsets above which BOM-less bytes are UTF-16.
UTF16_NUL_SHARE = 0.3
#: Share of control bytes above which undecodable bytes are called binary.
BINARY_CONTROL_SHARE = 0.05
_SAMPLE = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters XML 1.0 cannot hold (form feed and tab, CR and LF are handled before this).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _utf16_by_nuls(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if odd_nul > UTF16_NUL_SHARE and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > UTF16_NUL_SHARE and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode(data: bytes, encoding: str, log: Log, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        log.add(DECODE_ERRORS, f"bytes at offset {exc.start} are not valid {name}", line=1)
        return data.decode(encoding, errors="replace")


def decode_bytes(data: bytes, *, encoding: str | None, log: Log) -> str:
    """The text of ``data``; raises InputError for binary data, UsageError for a bad name."""
    if encoding:
        try:
            codec = codecs.lookup(encoding)
        except LookupError:
            raise UsageError(
                f"unknown text encoding {encoding!r}",
                hint="use a name such as utf-8 or cp1252",
                parameters=("ReadOptions.encoding",),
            ) from None
        text = _decode(data, codec.name, log, encoding)
        return text.removeprefix("\ufeff")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], name, log, name)
    sample = data[:_SAMPLE]
    utf16 = _utf16_by_nuls(sample)
    if utf16 is not None:
        return _decode(data, utf16, log, utf16)
    if b"\x00" in sample:
        raise InputError(
            "not a text file (it contains NUL bytes)",
            hint="give a plain-text extraction, or name the input's real format",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > BINARY_CONTROL_SHARE * max(1, len(sample)):
        raise InputError(
            "not a text file (mostly non-text bytes)",
            hint="give a plain-text extraction, or name the input's real format",
        )
    try:
        text = data.decode("cp1252")
        name = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        name = "latin-1"
    log.add(
        ENCODING_FALLBACK,
        f"the text is not valid UTF-8; decoded as {name} (name the encoding if it looks wrong)",
        line=1,
    )
    return text


_LINE_END_SOFT = re.compile("\u00ad[-\u2010\u2011]?[ \t]*$")


def _soft_hyphens(line: str) -> str:
    """One line without soft hyphens, except one U+00AD kept as a sure line-end break."""
    match = _LINE_END_SOFT.search(line)
    if match is None:
        return line.replace("\u00ad", "")
    return line[: match.start()].replace("\u00ad", "") + "\u00ad"


def clean_text(text: str, log: Log) -> str:
    """Normalise line ends to ``\\n`` and drop characters no XML can hold (with a warning)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Other Unicode line separators would shift line numbers against an editor's view.
    text = text.translate({0x2028: " ", 0x2029: " ", 0x85: " ", 0x0B: " "})
    # Soft hyphens only mark where a word may break: drop them inside lines; at a line end
    # (Chromium prints U+00AD plus a visible hyphen there) keep one U+00AD, a sure break.
    if "\u00ad" in text:
        text = "\n".join(_soft_hyphens(line) for line in text.split("\n"))
    match = _NOT_XML.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        log.add(CONTROL_CHARACTERS, "control characters were removed from the text", line=line)
        text = _NOT_XML.sub("", text)
    return text
