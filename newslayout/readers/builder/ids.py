"""Article and figure ids: ``a1``, ``a2`` ... in reading order; ``a3-f1`` for an article's
first figure. Both readers number the same way, so an id says the same in every output."""

from __future__ import annotations


def article_id(number: int) -> str:
    """The id of the ``number``-th article (1-based) in reading order."""
    return f"a{number}"


def figure_id(article: str, number: int) -> str:
    """The id of the ``number``-th figure (1-based) of the article with id ``article``."""
    return f"{article}-f{number}"
