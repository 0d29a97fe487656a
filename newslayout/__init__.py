"""newslayout: reconstruct the layout of newspaper issues and republish them.

Public API::

    import newslayout
    issue, diagnostics = newslayout.read("issue.pdf")
    newslayout.write(issue, "issue.xml")
    newslayout.convert("issue.pdf", "republished.pdf")
    problems = newslayout.validate("issue.xml")

Importing this package imports neither pdfplumber nor ReportLab; they load with the formats
that need them.
"""

from newslayout.api import convert, read, validate, write
from newslayout.batch import batch
from newslayout.diagnostics import Diagnostic, Severity
from newslayout.errors import NewslayoutError
from newslayout.model import Issue
from newslayout.options import ReadOptions, WriteOptions

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Issue",
    "NewslayoutError",
    "ReadOptions",
    "Severity",
    "WriteOptions",
    "__version__",
    "batch",
    "convert",
    "read",
    "validate",
    "write",
]
