"""What the command line needs besides its parser: option names, checks, progress, messages.

Kept apart from ``cli.py`` so that the parser and the dispatch stay short and recognisable.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from newslayout.diagnostics import Diagnostic, Severity, to_json_text
from newslayout.errors import NewslayoutError

#: How the CLI spells the API parameters that library messages name. The ``*Options.x`` names
#: are distinctive and always replaced; the format parameters only where an error says it
#: mentions them (they end in "=" and are followed by a value in the message).
OPTION_FLAGS: dict[str, str] = {
    "ReadOptions.password": "--password",
    "ReadOptions.encoding": "--encoding",
    "ReadOptions.file_timeout": "--file-timeout",
    "ReadOptions.page_timeout": "--page-timeout",
    "WriteOptions.issn": "--issn",
    "WriteOptions.tag_set": "--tag-set",
    "WriteOptions.journal_id": "--journal-id",
    "WriteOptions.publisher": "--publisher",
    "WriteOptions.style": "--style",
    "WriteOptions.pagination": "--pagination",
    "WriteOptions.adverts": "--adverts",
    "WriteOptions.digest": "--digest",
    "validate(dtd=PATH)": "--dtd PATH",
    "pass overwrite=True": "drop --no-clobber",
}
FORMAT_FLAGS: dict[str, str] = {
    "to_format=": "--to ",
    "from_format=": "--from ",
    "format=": "--from ",
}
_OPTION_TOKEN = re.compile("|".join(re.escape(k) for k in OPTION_FLAGS))


def in_cli_words(text: str, parameters: Iterable[str] = ()) -> str:
    """``text`` with API parameter names replaced by the CLI's flags."""
    for parameter in parameters:
        if parameter in FORMAT_FLAGS:
            text = text.replace(parameter, FORMAT_FLAGS[parameter])
    return _OPTION_TOKEN.sub(lambda m: OPTION_FLAGS[m.group(0)], text)


def error_line(exc: NewslayoutError) -> str:
    """``newslayout: error: <file>: <what>: <what to do>``, in the CLI's words."""
    return f"newslayout: error: {in_cli_words(exc.render(), exc.parameters)}\n"


def seconds(text: str) -> float:
    """argparse type: a number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"{text!r}: give 0 or more seconds (0: no limit)")
    return value


class Progress:
    """Progress on a terminal: one overwritten line on stderr, nothing when piped.

    Called as ``progress(done, total)`` by the PDF reader, page by page; :meth:`stage` shows
    a step that has no page count (typesetting the output).
    """

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        self._show(f"{self.label}: reading page {done}/{total}")

    def stage(self, text: str) -> None:
        self._show(text)

    def _show(self, text: str) -> None:
        self.stream.write(f"\r\033[K{text}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


@dataclass(frozen=True, slots=True)
class Unused:
    """An option given on the command line that does nothing for these formats."""

    flag: str
    applies_to: str


def unused_options(args: argparse.Namespace, source: str, target: str | None) -> list[Unused]:
    """The options that do nothing when reading ``source`` and writing ``target`` formats."""
    found: list[Unused] = []
    reading = {
        "password": ("--password", "pdf", "PDF input"),
        "page_timeout": ("--page-timeout", "pdf", "PDF input"),
        "file_timeout": ("--file-timeout", "pdf", "PDF input"),
        "no_images": ("--no-images", "pdf", "PDF input"),
        "encoding": ("--encoding", "text", "text input"),
    }
    for dest, (flag, fmt, what) in reading.items():
        if getattr(args, dest, None) not in (None, False) and source != fmt:
            found.append(Unused(flag, what))
    if target is None:
        return found
    writing = {
        "style": ("--style", ("pdf",), "PDF output"),
        "pagination": ("--pagination", ("pdf",), "PDF output"),
        "adverts": ("--adverts", ("pdf",), "PDF output"),
        "digest": ("--digest", ("pdf",), "PDF output"),
        "tag_set": ("--tag-set", ("jats",), "JATS output"),
        "issn": ("--issn", ("jats",), "JATS output"),
        "publisher": ("--publisher", ("jats",), "JATS output"),
        "journal_id": ("--journal-id", ("jats",), "JATS output"),
    }
    for dest, (flag, fmts, what) in writing.items():
        if getattr(args, dest, None) is not None and target not in fmts:
            found.append(Unused(flag, what))
    return found


def report(diagnostics: list[Diagnostic], args: argparse.Namespace, stream: TextIO) -> None:
    """Print diagnostics as chosen: errors and warnings (default), all (-v), errors (-q)."""
    if args.quiet:
        shown = [d for d in diagnostics if d.severity is Severity.ERROR]
    elif args.verbose:
        shown = list(diagnostics)
    else:
        shown = [d for d in diagnostics if d.severity is not Severity.INFO]
    hidden = len(diagnostics) - len(shown)
    if args.diagnostics == "json":
        stream.write(to_json_text(shown) + "\n")
        return
    for diagnostic in shown:
        stream.write(in_cli_words(diagnostic.render()) + "\n")
    if hidden and not args.quiet:
        stream.write(f"({hidden} more note(s); --verbose shows them)\n")
