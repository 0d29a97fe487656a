"""Brief items read as subheads: a one-paragraph section under a title is a brief.

Between paragraphs, a one-line title in the text's case is a subhead or the head of a
brief (a short story with no byline), and the lines themselves cannot tell them apart. What
follows can: a subhead heads a section of the story, several paragraphs long; a brief is a
head over a single paragraph, followed by the next brief's head or by nothing. Once a
page is read, such one-paragraph sections are split off into articles of their own.

A section of several paragraphs under such a title is a brief (or a short story) too when its
text names none of what the story above it named and names things of its own: a story's
sections go on about its subjects, the next story brings its own (``subjects``).
"""

from __future__ import annotations

from newslayout.model import Subhead
from newslayout.readers.builder.ids import article_id
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import ends_sentence, is_title
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftBlock, DraftParagraph
from newslayout.readers.text.s4_assemble.state import State
from newslayout.readers.text.s4_assemble.subjects import new_subject

#: Fewest words of a brief's head (a one-word title is a label, not a story's head).
BRIEF_HEAD_WORDS = 2


def _section_end(blocks: list[DraftBlock], k: int) -> int:
    """The index after the section the subhead at ``k`` heads (the next subhead or the end)."""
    end = k + 1
    while end < len(blocks) and not isinstance(blocks[end], Subhead):
        end += 1
    return end


def _texts(blocks: list[DraftBlock]) -> list[str]:
    return [b.raw for b in blocks if isinstance(b, DraftParagraph)]


def _brief_at(article: DraftArticle, k: int) -> int:
    """How many blocks after the subhead at ``k`` are a brief's text (0: it is a subhead).

    The subhead stands after the article's own text and heads text of its own; it heads a
    brief when that text is one paragraph followed by the next subhead or the article's end,
    or when it names things of its own and none the article's text above it named."""
    blocks = article.blocks
    head = blocks[k]
    if not isinstance(head, Subhead) or k + 1 >= len(blocks):
        return 0
    if not isinstance(blocks[k + 1], DraftParagraph):
        return 0
    if not any(isinstance(b, DraftParagraph) for b in blocks[:k]):
        return 0
    text = head.text
    if len(text.split()) < BRIEF_HEAD_WORDS or text.isupper() or ends_sentence(text):
        return 0
    if not is_title(text):
        return 0
    end = _section_end(blocks, k)
    if end == k + 2:
        return 1
    above = [article.headline, article.deck, *_texts(blocks[:k])]
    return end - k - 1 if new_subject(above, _texts(blocks[k + 1 : end])) else 0


def split_briefs(st: State, page: int, items: list[ClassifiedUnit]) -> None:
    """Split the brief items of the articles opened on ``page`` into articles of their own,
    each placed right after the article it was read into. Only on a page with no blank
    line (``pdftotext -raw``): where blank lines set blocks off, they say more than this
    guess (and a hand-written page's subhead may well head one paragraph)."""
    if any(item.unit.block != items[0].unit.block for item in items):
        return
    out: list[DraftArticle] = []
    for article in st.articles:
        out.append(article)
        if not article.spans or article.spans[0].page != page or article.jumps:
            continue
        if "letter" in f"{article.kicker} {article.headline}".lower():
            continue  # a letters column: each letter under its title, often one paragraph
        k = 0
        briefs: list[DraftArticle] = []
        while k < len(article.blocks):
            size = _brief_at(article, k)
            if not size:
                k += 1
                continue
            head = article.blocks.pop(k)
            text = article.blocks[k : k + size]
            del article.blocks[k : k + size]
            assert isinstance(head, Subhead)
            brief = DraftArticle(
                id=article_id(len(st.articles) + len(briefs) + 1),
                headline=head.text,
                blocks=text,
                spans=[
                    *head.spans,
                    *(s for b in text if isinstance(b, DraftParagraph) for s in b.spans),
                ],
            )
            line = head.spans[0].line if head.spans else None
            why = "one paragraph between subheads" if size == 1 else "text naming new subjects"
            st.log.add(
                codes.HEADLINE_GUESS, f"{head.text!r} heads {why}; read as a brief", line=line
            )
            briefs.append(brief)
        out += briefs
    st.articles[:] = out
