"""How well a continuation fits a jump line: one score for both readers.

A jump-out ("See BUDGET, Page 3") names a page and sometimes a keyword; its continuation on
that page has a "Continued from page 1" line naming the jump-out's page back, and/or a jump
head repeating the keyword or the headline's words. Each reader finds the candidates on the
named page with its own evidence (geometry, or the order of the text) and describes each as
a :class:`Continuation`; :func:`match_score` weighs that evidence the same way for both, and
the best candidate scoring at least :data:`MIN_SCORE` is threaded in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from newslayout.cues import parse_jump
from newslayout.cues.words import content_words
from newslayout.model import Article, Jump, JumpDirection

#: A candidate whose jump-in line names the jump-out's page.
POINTS_BACK = 2
#: A candidate opened by a jump head, or one with no opener at all (text running on).
OPENS = 1
#: The jump head repeats the jump-out's keyword.
KEYWORD = 3
#: At most this much for headline words the jump head repeats (one a word).
HEAD_WORDS = 3
#: The least score of a continuation that is threaded in.
MIN_SCORE = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Continuation:
    """What a reader knows of a candidate continuation of a jump-out.

    ``head`` is its jump head ("" for none); ``continued`` whether a jump head opens it;
    ``headless`` whether nothing opens it (text running on from elsewhere); ``points_back``
    whether a jump-in line of it names the jump-out's page.
    """

    head: str = ""
    continued: bool = False
    headless: bool = False
    points_back: bool = False


def keyword_match(keyword: str, head: str) -> bool:
    """Whether a jump head repeats the jump-out's keyword (a content word of it)."""
    return bool(keyword) and bool(content_words(keyword) & content_words(head))


def match_score(headline: str, keyword: str, candidate: Continuation) -> int:
    """How well ``candidate`` fits as the continuation of a jump-out with ``keyword`` in the
    story headed ``headline``."""
    score = POINTS_BACK if candidate.points_back else 0
    if candidate.continued:
        score += OPENS
        if keyword_match(keyword, candidate.head):
            score += KEYWORD
        score += min(HEAD_WORDS, len(content_words(candidate.head) & content_words(headline)))
    elif candidate.headless:
        score += OPENS
    return score


def leave_file(jump: Jump, pages: Collection[int]) -> Jump:
    """The jump with an end on a page not in the file (``pages``) given as the printed label
    ("Continued on page A13" on a front page alone: ``to_label="A13"``, no ``to_page``), as
    the model records a target outside the file (``model.jump_leaves_file``)."""
    cue = parse_jump(jump.text)
    if cue is None or jump.resolved:
        return jump
    if jump.direction is JumpDirection.ON and jump.to_page not in pages:
        return dataclasses.replace(jump, to_page=None, to_label=cue.label)
    if jump.direction is JumpDirection.FROM and jump.from_page not in pages:
        return dataclasses.replace(jump, from_page=None, from_label=cue.label)
    return jump


def jumps_leaving_file(article: Article, pages: Collection[int]) -> Article:
    """The article with each jump to or from a page outside the file kept as its printed
    label (:func:`leave_file`)."""
    jumps = tuple(leave_file(j, pages) for j in article.jumps)
    return article if jumps == article.jumps else dataclasses.replace(article, jumps=jumps)
