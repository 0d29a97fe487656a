"""newslayout: reconstruct the layout of newspaper issues and republish them.

Public API (see docs/api.md)::

    import newslayout
    issue, diagnostics = newslayout.read("issue.pdf")
    issue = issue.replace_article(issue.article("a1").with_headline("New head"))
    newslayout.write(issue, "issue.xml")
    newslayout.convert("issue.pdf", "republished.pdf")
    result = newslayout.validate("issue.xml")  # result.ok, result.errors, result.warnings

The model classes (``Issue``, ``Article``, ``Paragraph``, ``Figure``...) are importable from
here. Importing this package imports neither pdfplumber nor ReportLab; they load with the
formats that need them.
"""

from newslayout.api import convert, read, validate, write
from newslayout.batch import batch
from newslayout.diagnostics import Diagnostic, Severity
from newslayout.errors import (
    InputError,
    NewslayoutError,
    OutputError,
    UnsupportedFormatError,
    UsageError,
)
from newslayout.model import (
    Article,
    Asset,
    Block,
    Byline,
    Contributor,
    Figure,
    Furniture,
    FurnitureKind,
    Graphic,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Role,
    Run,
    Sidebar,
    Span,
    Subhead,
    Teaser,
)
from newslayout.options import ReadOptions, WriteOptions
from newslayout.validation_result import ValidationResult

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Asset",
    "Block",
    "Byline",
    "Contributor",
    "Diagnostic",
    "Figure",
    "Furniture",
    "FurnitureKind",
    "Graphic",
    "InputError",
    "Issue",
    "IssueMeta",
    "Jump",
    "JumpDirection",
    "ListBlock",
    "ListItem",
    "NewslayoutError",
    "OutputError",
    "Page",
    "Paragraph",
    "PullQuote",
    "ReadOptions",
    "Role",
    "Run",
    "Severity",
    "Sidebar",
    "Span",
    "Subhead",
    "Teaser",
    "UnsupportedFormatError",
    "UsageError",
    "ValidationResult",
    "WriteOptions",
    "__version__",
    "batch",
    "convert",
    "read",
    "validate",
    "write",
]
