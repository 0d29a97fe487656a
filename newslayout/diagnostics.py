"""Problems found in the input, as data.

Anything a reader guessed, dropped or found odd becomes a :class:`Diagnostic` with a stable
code and a location in the source (XML line:column, text line, PDF page and box). Exceptions
are kept for "cannot continue" (see ``errors.py``).

Codes are declared where they are raised, with :func:`define`; every module that declares codes
is listed in ``CODE_MODULES`` so that :func:`all_codes` (and the docs completeness test) sees
them all without importing optional heavy dependencies eagerly.
"""

from __future__ import annotations

import enum
import importlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from newslayout.geometry import Box


class Severity(enum.Enum):
    """How bad a diagnostic is. ``ERROR`` makes a validated file invalid."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Code:
    """A stable diagnostic identifier with its default severity and a one-line summary."""

    id: str
    severity: Severity
    summary: str


_REGISTRY: dict[str, Code] = {}

#: Modules that declare diagnostic codes; imported by :func:`all_codes`.
CODE_MODULES: tuple[str, ...] = (
    "newslayout.diagnostics",
    "newslayout.sanitize",
    "newslayout.readers.issue_xml",
    "newslayout.validation",
    "newslayout.dtd",
    "newslayout.readers.text",
    "newslayout.readers.pdf",
    "newslayout.writers.pdf",
    "newslayout.writers.jats",
    "newslayout.cues",
)


def define(code_id: str, severity: Severity, summary: str) -> Code:
    """Declare a diagnostic code once, at import time of the module that raises it."""
    existing = _REGISTRY.get(code_id)
    if existing is not None:
        if existing.severity is not severity or existing.summary != summary:
            raise RuntimeError(f"diagnostic code {code_id!r} declared twice differently")
        return existing
    code = Code(code_id, severity, summary)
    _REGISTRY[code_id] = code
    return code


def all_codes() -> dict[str, Code]:
    """Every declared code, after importing every module that declares codes."""
    for name in CODE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # A module of this list that does not exist yet declares nothing; a missing
            # third-party dependency, though, is a real fault and must surface.
            if exc.name is None or not name.startswith(exc.name):
                raise
    return dict(sorted(_REGISTRY.items()))


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where a problem is: whatever the source can tell (all parts optional)."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    page: int | None = None
    box: Box | None = None

    def render(self) -> str:
        """``file:line:column`` (compiler style), or ``file: page N`` for PDF locations."""
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            parts.append(str(self.column if self.column is not None else 1))
            where = ":".join(parts)
        else:
            where = parts[0]
        if self.page is not None:
            where += f": page {self.page}"
            if self.box is not None:
                b = self.box
                where += f" at ({b.x0:g}, {b.top:g}, {b.x1:g}, {b.bottom:g})"
        return where


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One problem: a code, its severity, a message for people, and where it is."""

    code: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)

    def render(self) -> str:
        """``FILE:LINE:COLUMN: error|warning: [code] message``."""
        return f"{self.location.render()}: {self.severity.value}: [{self.code}] {self.message}"

    def to_json(self) -> dict[str, object]:
        loc = self.location
        box = None if loc.box is None else [loc.box.x0, loc.box.top, loc.box.x1, loc.box.bottom]
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": loc.file,
            "line": loc.line,
            "column": loc.column,
            "page": loc.page,
            "box": box,
        }


class Log:
    """Collects diagnostics during one read, write or validation."""

    def __init__(self, file: str | None = None) -> None:
        self.file = file
        self._items: list[Diagnostic] = []

    def add(
        self,
        code: Code,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        page: int | None = None,
        box: Box | None = None,
        severity: Severity | None = None,
    ) -> None:
        """Record a problem; the severity defaults to the code's own."""
        location = Location(file=self.file, line=line, column=column, page=page, box=box)
        self._items.append(
            Diagnostic(
                code=code.id,
                severity=severity or code.severity,
                message=message,
                location=location,
            )
        )

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Add diagnostics collected elsewhere; one that names no file takes this log's (a
        writer plans on a scratch log and keeps the final plan's notes: they are about this
        log's output, and a note without a file printed as ``<input>``)."""
        for diagnostic in diagnostics:
            if diagnostic.location.file is None and self.file is not None:
                diagnostic = replace(
                    diagnostic, location=replace(diagnostic.location, file=self.file)
                )
            self._items.append(diagnostic)

    @property
    def items(self) -> list[Diagnostic]:
        return list(self._items)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self._items)


def to_json_text(diagnostics: Iterable[Diagnostic]) -> str:
    """The JSON form the CLI prints with ``--format json``."""
    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2)


# Codes raised by the generic layers (API and CLI).
INPUT_NOTE = define("note", Severity.INFO, "An informational note about the input.")
