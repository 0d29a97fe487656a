"""Exceptions for "cannot continue". Each class carries the CLI exit status it maps to.

Problems *in* the input that do not stop the work are diagnostics (see ``diagnostics.py``),
not exceptions.

Every error says what is wrong and what to do: ``str(error)`` is ``"<file>: <what>: <what to
do>"``. The file is named by ``path`` (the API fills it in when a reader raised without one);
the advice is ``hint``, else the class's ``default_hint``. Messages speak of API parameters
(``to_format``, ``WriteOptions.issn``), never of command-line flags: the CLI names its flags
itself through ``parameters``, the parameter names a message mentions.
"""

from __future__ import annotations

from collections.abc import Mapping


class NewslayoutError(Exception):
    """Root of every error newslayout raises on purpose.

    Attributes:
        message: what is wrong.
        hint: what to do about it (falls back to ``default_hint``).
        path: the file concerned, printed first unless ``message`` already starts with it.
        parameters: API parameter names the message or hint mentions, spelled exactly as in
            the text, so that a front end can say its own option names instead.
        exit_code: the status ``newslayout`` exits with.
    """

    exit_code: int = 2
    default_hint: str | None = None

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        path: str | None = None,
        parameters: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path
        self.parameters = parameters

    def render(self, names: Mapping[str, str] | None = None) -> str:
        """``"<file>: <what>: <what to do>"``; ``names`` renames parameters (CLI flags)."""
        text = self.message
        if self.path and not text.startswith(self.path):
            text = f"{self.path}: {text}"
        advice = self.hint or self.default_hint
        if advice:
            text = f"{text}: {advice}"
        for parameter in self.parameters:
            if names and parameter in names:
                text = text.replace(parameter, names[parameter])
        return text

    def __str__(self) -> str:
        return self.render()


class UsageError(NewslayoutError):
    """The command line or API call itself is wrong (unknown format, bad option...)."""

    default_hint = "see docs/cli.md or docs/api.md for the accepted values"


class InputError(NewslayoutError):
    """The input cannot be read: missing, unreadable, wrong kind of file."""

    default_hint = "check that this is the issue file you meant"


class UnsupportedFormatError(UsageError):
    """A format is unknown, or known but has no reader/writer in this version."""


class UnsafeInputError(InputError):
    """The input tries something we refuse on principle (XML entities, DTDs, huge trees)."""


class XmlSyntaxError(InputError):
    """The XML is not well-formed; ``line``/``column`` locate the first fault."""

    default_hint = "fix the XML at that line, or re-create it with newslayout"

    def __init__(self, message: str, *, line: int = 0, column: int = 0, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.line = line
        self.column = column


class SchemaVersionError(InputError):
    """The XML declares a schema-version this release does not read."""


class PdfError(InputError):
    """Root of PDF-specific failures."""


class NotAPdfError(PdfError):
    """The file is not a PDF at all (its first bytes say what it is instead)."""


class EncryptedPdfError(PdfError):
    """The PDF is encrypted and no password was given."""


class WrongPasswordError(PdfError):
    """The PDF is encrypted and the given password does not open it."""


class DamagedPdfError(PdfError):
    """The PDF is damaged beyond what the parser can repair."""


class TimeLimitError(InputError):
    """Reading took longer than the configured whole-file limit."""


class StyleError(UsageError):
    """A print style (TOML) has an unknown key or a bad value."""

    default_hint = "fix the style file (docs/styles.md lists every key) or use a packaged style"


class OutputError(NewslayoutError):
    """The output cannot be written (missing folder, same path as the input, no permission)."""

    default_hint = "choose another output path"
