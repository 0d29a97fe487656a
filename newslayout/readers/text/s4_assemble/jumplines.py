"""Jump lines: a jump-out closes the article's part on this page; a jump-in threads the text
after it back into the article whose jump-out points here, so that an article is one
Article whatever pages it covers.
"""

from __future__ import annotations

from newslayout.model import Jump, JumpDirection
from newslayout.readers.builder.jumps import MIN_SCORE, Continuation, keyword_match, match_score
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import is_kicker
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble.body import target
from newslayout.readers.text.s4_assemble.draft import DraftArticle
from newslayout.readers.text.s4_assemble.headers import content_words
from newslayout.readers.text.s4_assemble.headlines import jump_head
from newslayout.readers.text.s4_assemble.inline import plain
from newslayout.readers.text.s4_assemble.state import State, article_words, new_article, span

#: Content words a jump head must share with another article to take a jump-out over.
MOVE_WORDS = 2


def jump_on(st: State, item: ClassifiedUnit) -> None:
    """A jump-out line: recorded on the current article, whose part on this page ends."""
    cue = item.jump
    assert cue is not None
    article = target(st, item)
    article.jumps.append(
        Jump(
            direction=JumpDirection.ON,
            text=cue.text,
            from_page=item.unit.page,
            to_page=cue.page,
            spans=(span(item),),
        )
    )
    article.on_keywords.append(cue.keyword.lower())
    st.current, st.closed = None, article


def jump_in_at(st: State, items: list[ClassifiedUnit], i: int) -> None:
    """A jump-in line at ``i``, with the jump head above it if there is one: a head that
    repeats an open jump-out's keyword ("BUDGET"), else the one sharing most words with the
    headline of a story on the page it names ("DROUSTFIELD" under the page's running head,
    over an advert's "SALE"), else one that is not a kicker printed between (a neighbour's
    section label), else the first. A title heads a jump before any other unit: the
    paragraph of another story ending right above a kicker-shaped head ("MILL") is none;
    only where no title stands there may the unit above be one (a head the extraction
    glued to text). Page furniture never is."""
    near = [j for j in range(max(0, i - 3), i) if j not in st.used and jump_head(st, items, j) == i]
    heads = [j for j in near if items[j].kind is Kind.TITLE] or near
    keywords = {k for a in st.articles for k in a.on_keywords if k}
    keyword_heads = [j for j in heads if items[j].unit.text.strip().lower() in keywords]
    titled = [j for j in heads if not is_kicker(items[j].unit.text)]
    chosen = (keyword_heads or _named_heads(st, items, heads, i) or titled or heads)[:1]
    jump_from(st, items[i], items[chosen[0]] if chosen else None)


def _named_heads(st: State, items: list[ClassifiedUnit], heads: list[int], i: int) -> list[int]:
    """The heads sharing the most content words with the headline of a story on the page
    the jump-in at ``i`` names (none when no head shares any): a jump head repeats its
    story's words, the page's running head or an advert's label does not."""
    cue = items[i].jump
    assert cue is not None
    names: set[str] = set()
    for article in st.articles:
        if article.spans and article.spans[0].page == cue.page:
            names |= content_words(article.headline)
    shared = {j: len(content_words(items[j].unit.text) & names) for j in heads}
    most = max(shared.values(), default=0)
    return [j for j in heads if most and shared[j] == most]


def jump_from(st: State, item: ClassifiedUnit, head: ClassifiedUnit | None) -> None:
    """Thread the text after a jump-in into the article whose jump-out points here: the open
    jump-out from the jump-in's page that the article builder scores best
    (``builder.jumps.match_score``: the keyword, then the headline's words in the jump head)."""
    cue = item.jump
    assert cue is not None
    page = item.unit.page
    # The continuation as the text shows it: its jump-in names the jump-out's page back (the
    # candidates are the jump-outs from that page), under the jump head if one was found;
    # the jump-in's own keyword ("BUDGET, from Page 1") repeats the jump-out's like a head.
    head_text = " ".join(filter(None, (head.unit.text if head else "", cue.keyword)))
    evidence = Continuation(
        head=head_text, continued=bool(head_text), headless=not head_text, points_back=True
    )
    best: tuple[int, DraftArticle, int] | None = None
    keyword_found = False
    for article in st.articles:
        for index, jump in enumerate(article.jumps):
            if jump.direction is not JumpDirection.ON or jump.resolved:
                continue
            if jump.to_page != page or jump.from_page != cue.page:
                continue
            keyword = article.on_keywords[
                len([j for j in article.jumps[:index] if j.direction is JumpDirection.ON])
            ]
            score = match_score(article.headline, keyword, evidence)
            if best is None or score > best[0]:
                best = (score, article, index)
                keyword_found = keyword_match(keyword, head_text)
    if best is not None:
        # the story's keyword: the jump-out's, repeated by the continuation, else the one the
        # jump-in line prints ("BUDGET, from Page A1")
        keyword = _keyword_of(best[1], best[2]) if keyword_found else cue.keyword
        moved = _keyword_owner(st, keyword, cue.page, page, best)
        if moved is best and head is not None and not keyword_found:
            moved = _move_jump(st, head, cue.page, best)
        best = moved
    if best is not None and best[0] >= MIN_SCORE:  # the best match, else the first open jump
        _, article, index = best
        article.resolve(index)
        resolved = True
        st.current, st.closed = article, None
    else:
        article = new_article(st, span(head or item))
        article.headline = plain(head.unit.text) if head else cue.keyword
        resolved = False
        st.log.add(
            codes.UNMATCHED_JUMP,
            f"{cue.text!r}: no jump line on page {cue.page} points to page {page}",
            line=item.unit.first,
        )
    article.jumps.append(
        Jump(
            direction=JumpDirection.FROM,
            text=cue.text,
            from_page=cue.page,
            to_page=page,
            resolved=resolved,
            spans=(span(item),),
        )
    )


def _keyword_owner(
    st: State, keyword: str, from_page: int, page: int, best: tuple[int, DraftArticle, int]
) -> tuple[int, DraftArticle, int]:
    """A jump's keyword ("See REVIEW, Page 2", "BUDGET, from Page A1") is a word of its own
    story's headline. pdftotext may print a jump-out line after another story's text (a
    brief column read in between, two stories' jump lines set together): when the holder's
    headline lacks the keyword and exactly one other story opened on the jump-out's page,
    with no jump-out of its own, has it in its headline, the holder's last open jump-out to
    ``page`` (its own comes first, right after its text) is that story's."""
    score, holder, _ = best
    if not keyword or keyword_match(keyword, holder.headline):
        return best
    owners = [
        a
        for a in st.articles
        if a is not holder
        and a.spans
        and a.spans[0].page == from_page
        and not any(j.direction is JumpDirection.ON for j in a.jumps)
        and keyword_match(keyword, a.headline)
    ]
    if len(owners) != 1:
        return best
    last = max(
        n
        for n, j in enumerate(holder.jumps)
        if j.direction is JumpDirection.ON
        and not j.resolved
        and j.to_page == page
        and j.from_page == from_page
    )
    why = f"its keyword {keyword!r} is a word of"
    return score, owners[0], _hand_over(st, holder, last, owners[0], why)


def _keyword_of(article: DraftArticle, index: int) -> str:
    """The keyword of the article's jump-out at ``index`` ("" for none)."""
    ons = len([j for j in article.jumps[:index] if j.direction is JumpDirection.ON])
    return article.on_keywords[ons]


def _hand_over(st: State, holder: DraftArticle, index: int, article: DraftArticle, why: str) -> int:
    """Move the holder's jump-out at ``index`` to ``article`` (with a diagnostic saying
    ``why``, completed by the headline); the jump's index in its new article."""
    keyword = _keyword_of(holder, index)
    ons = len([j for j in holder.jumps[:index] if j.direction is JumpDirection.ON])
    jump = holder.jumps.pop(index)
    holder.on_keywords.pop(ons)
    article.jumps.append(jump)
    article.on_keywords.append(keyword)
    line = jump.spans[0].line if jump.spans else None
    st.log.add(
        codes.JUMP_MOVED,
        f"{jump.text!r} moved to {article.headline!r}: {why} its headline",
        line=line,
    )
    return len(article.jumps) - 1


def _move_jump(
    st: State, head: ClassifiedUnit, from_page: int, best: tuple[int, DraftArticle, int]
) -> tuple[int, DraftArticle, int]:
    """A jump-out with no keyword ("See page 2") was given to the article it was printed
    after, which pdftotext does not always keep: when the jump head's words are clearly
    those of another article on the jump-out's page that has no jump-out of its own, the
    jump line moves to that article."""
    _, holder, index = best
    words = content_words(head.unit.text)
    if not words:
        return best
    mine = len(words & article_words(holder))
    found: tuple[int, DraftArticle] | None = None
    for article in st.articles:
        if article is holder or not article.spans or article.spans[0].page != from_page:
            continue
        if any(j.direction is JumpDirection.ON for j in article.jumps):
            continue
        score = len(words & article_words(article))
        if score >= MOVE_WORDS and score > mine and (found is None or score > found[0]):
            found = (score, article)
    if found is None:
        return best
    why = f"its continuation's head {head.unit.text!r} shares the words of"
    return found[0], found[1], _hand_over(st, holder, index, found[1], why)


def finish_jumps(st: State) -> None:
    """Report jump-outs that found no continuation."""
    for article in st.articles:
        for jump in article.jumps:
            if jump.direction is not JumpDirection.ON or jump.resolved:
                continue
            line = jump.spans[0].line if jump.spans else None
            if jump.to_page is None or jump.to_page > st.page_count:
                st.log.add(
                    codes.JUMP_TARGET_MISSING,
                    f"{jump.text!r} points to page {jump.to_page}, which is not in the file",
                    line=line,
                )
            else:
                st.log.add(
                    codes.UNMATCHED_JUMP,
                    f"{jump.text!r}: no continuation found on page {jump.to_page}",
                    line=line,
                )
