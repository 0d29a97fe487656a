"""Strict per-article JATS export (Journal Publishing 1.3 or Archiving 1.1).

Importing this package declares every diagnostic code of the JATS area (export and DTD
validation), as ``diagnostics.CODE_MODULES`` expects.
"""

from __future__ import annotations

from newslayout.writers.jats import codes as codes
from newslayout.writers.jats.export import article_to_jats, write_jats
from newslayout.writers.jats.tagsets import TAG_SETS, TagSet, resolve_tag_set

__all__ = ["TAG_SETS", "TagSet", "article_to_jats", "codes", "resolve_tag_set", "write_jats"]
