"""What :func:`newslayout.validate` returns: the diagnostics, and whether the file is valid.

A file is valid when no diagnostic is an error; warnings (an empty headline, a jump to a page
outside the file) do not make it invalid. The result is still the list of every diagnostic, as
``validate`` returned before it had a result type, so ``for d in result``, ``len(result)`` and
``result == []`` (no diagnostic at all) keep their meaning; ask ``.ok`` for validity.
"""

from __future__ import annotations

from newslayout.diagnostics import Diagnostic, Severity


class ValidationResult(list[Diagnostic]):
    """Every diagnostic of one validation, in file order, plus ``ok``/``errors``/``warnings``.

    >>> from newslayout.diagnostics import Diagnostic, Severity
    >>> result = ValidationResult([Diagnostic(code="empty-headline",
    ...                                       severity=Severity.WARNING, message="...")])
    >>> result.ok, len(result.errors), len(result.warnings)
    (True, 0, 1)
    """

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics that make the file invalid."""
        return [d for d in self if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Problems worth a look that leave the file valid."""
        return [d for d in self if d.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        """True when the file is valid (no errors; warnings allowed)."""
        return not self.errors

    def __repr__(self) -> str:
        return (
            f"ValidationResult(ok={self.ok}, errors={len(self.errors)}, "
            f"warnings={len(self.warnings)})"
        )
