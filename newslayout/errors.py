"""Exceptions for "cannot continue". Each class carries the CLI exit status it maps to.

Problems *in* the input that do not stop the work are diagnostics (see ``diagnostics.py``),
not exceptions.
"""

from __future__ import annotations


class NewslayoutError(Exception):
    """Root of every error newslayout raises on purpose.

    ``exit_code`` is the status ``newslayout`` exits with; ``hint`` (optional) tells the user
    what to do about it and is printed after the message.
    """

    exit_code: int = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message


class UsageError(NewslayoutError):
    """The command line or API call itself is wrong (unknown format, bad option...)."""


class InputError(NewslayoutError):
    """The input cannot be read: missing, unreadable, wrong kind of file."""


class UnsupportedFormatError(UsageError):
    """A format is unknown, or known but has no reader/writer in this version."""


class UnsafeInputError(InputError):
    """The input tries something we refuse on principle (XML entities, DTDs, huge trees)."""


class XmlSyntaxError(InputError):
    """The XML is not well-formed; ``line``/``column`` locate the first fault."""

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


class OutputError(NewslayoutError):
    """The output cannot be written (missing folder, same path as the input, no permission)."""
