"""Readable indentation that never touches mixed content.

lxml's ``pretty_print`` indents any element whose text is empty, so ``<p><italic>quote</italic>
</p>`` would gain newlines and spaces inside the paragraph: a change of the article's text.
Here only elements whose JATS content model is element-only get indentation whitespace; the
text of ``p``, ``title``, ``attrib`` and the like stays exactly as exported.
"""

from __future__ import annotations

from lxml import etree

#: Elements the export writes whose content model is element-only (whitespace is not text).
ELEMENT_ONLY = frozenset(
    {
        "article", "front", "journal-meta", "journal-title-group", "publisher",
        "article-meta", "article-categories", "subj-group", "title-group", "contrib-group",
        "contrib", "name-alternatives", "name", "pub-date", "counts", "custom-meta-group",
        "custom-meta", "body", "sec", "fig", "caption", "disp-quote", "list", "list-item",
        "boxed-text",
    }
)  # fmt: skip

INDENT = "  "


def indent(element: etree._Element, depth: int = 0) -> None:
    """Indent ``element``'s subtree in place, two spaces a level, element-only content only."""
    if element.tag not in ELEMENT_ONLY or not len(element):
        return
    if element.text is not None and element.text.strip():
        return  # not element-only after all: leave it exactly as it is
    inner = "\n" + INDENT * (depth + 1)
    element.text = inner
    for child in element:
        indent(child, depth + 1)
        child.tail = inner
    element[-1].tail = "\n" + INDENT * depth
