"""Untrusted text made safe to show: every character visible, nothing interpreted.

The text of a PDF is whatever its maker put there. Shown literally it can still mislead: control
characters vanish or break lines, bidirectional overrides reorder what follows, a lone surrogate
cannot even be encoded. :func:`visible` keeps ordinary text unchanged and turns each of those
into a visible stand-in, so the reader sees exactly what the source holds.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and lone surrogates.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ␁ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """``text`` with hidden and control characters replaced by visible stand-ins."""
    return _HIDDEN.sub(_stand_in, text)


def one_line(text: str, limit: int = 0) -> str:
    """:func:`visible` text on one line (whitespace runs become a space), cut to ``limit``."""
    text = " ".join(visible(text).split())
    if limit and len(text) > limit:
        return text[: limit - 1] + "…"
    return text
