"""Guards around reading a PDF: say what a non-PDF is, and stop a page that runs too long.

Both are plain Python (no pdfplumber): the first bytes are sniffed before any parser runs,
and the watchdog is a SIGALRM timer around one page's extraction.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from newslayout.errors import NotAPdfError

#: How far into a file its ``%PDF`` header may stand: readers accept junk before it (as
#: Acrobat does) but look no further than this many bytes.
SIGNATURE_WINDOW = 1024

_SIGNATURES = (
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP (an office document?)"),
    (b"<?xml", "XML"),
    (b"{", "JSON"),
    (b"<", "HTML or XML"),
)


class PageTimeout(BaseException):
    """Raised inside a page's extraction by the watchdog alarm.

    A ``BaseException``, so that the ``except Exception`` guards around one image or one
    damaged stream cannot swallow it and let the page run on without a limit.
    """


def describe_head(head: bytes) -> str:
    """What the first bytes of a non-PDF look like ("PNG data", "text")."""
    stripped = head.lstrip()
    for magic, name in _SIGNATURES:
        if stripped.startswith(magic):
            return f"{name} data"
    if not head:
        return "nothing (the file is empty)"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "binary data"
    return "text"


def check_signature(head: bytes) -> None:
    if not head:
        raise NotAPdfError("the file is empty, not a PDF", hint="give a born-digital PDF")
    if b"%PDF" not in head[:SIGNATURE_WINDOW]:
        raise NotAPdfError(
            f"not a PDF (starts with {describe_head(head[:64])})",
            hint="give a born-digital PDF, or name the input's real format",
        )


@contextmanager
def watchdog(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PageTimeout` after ``seconds`` (main thread on POSIX only).

    pdfminer is pure Python, so a SIGALRM handler interrupts it between bytecodes. Off the
    main thread signals cannot be used; the limit is then checked after the page instead.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
