"""Brief items read as subheads: a one-paragraph section under a title is a brief.

Between paragraphs, a one-line title in the text's case is a subhead or the head of a
brief (a short story with no byline), and the lines themselves cannot tell them apart. What
follows can: a subhead heads a section of the story, several paragraphs long; a brief is a
head over a single paragraph, followed by the next brief's head or by nothing. Once a
page is read, such one-paragraph sections are split off into articles of their own.
"""

from __future__ import annotations

from newslayout.model import Subhead
from newslayout.readers.builder.ids import article_id
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import ends_sentence, is_title
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftParagraph
from newslayout.readers.text.s4_assemble.state import State

#: Fewest words of a brief's head (a one-word title is a label, not a story's head).
BRIEF_HEAD_WORDS = 2


def _brief_at(article: DraftArticle, k: int) -> bool:
    """The subhead at ``k`` heads one paragraph, then the next subhead or the article's
    end, and stands after the article's own text."""
    blocks = article.blocks
    head = blocks[k]
    if not isinstance(head, Subhead) or k + 1 >= len(blocks):
        return False
    if not isinstance(blocks[k + 1], DraftParagraph):
        return False
    if k + 2 < len(blocks) and not isinstance(blocks[k + 2], Subhead):
        return False
    if not any(isinstance(b, DraftParagraph) for b in blocks[:k]):
        return False
    text = head.text
    if len(text.split()) < BRIEF_HEAD_WORDS or text.isupper() or ends_sentence(text):
        return False
    return is_title(text)


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
            if not _brief_at(article, k):
                k += 1
                continue
            head = article.blocks.pop(k)
            text = article.blocks.pop(k)
            assert isinstance(head, Subhead) and isinstance(text, DraftParagraph)
            brief = DraftArticle(
                id=article_id(len(st.articles) + len(briefs) + 1),
                headline=head.text,
                blocks=[text],
                spans=[*head.spans, *text.spans],
            )
            line = head.spans[0].line if head.spans else None
            st.log.add(
                codes.HEADLINE_GUESS,
                f"{head.text!r} heads one paragraph between subheads; read as a brief",
                line=line,
            )
            briefs.append(brief)
        out += briefs
    st.articles[:] = out
