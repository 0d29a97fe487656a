"""Side-by-side headers: several headlines printed next to each other, read as one run.

pdftotext (default mode) reads a row of articles line band by line band, so the kickers,
headlines, decks and bylines of neighbouring columns come out one after another before any
body text: ``CITY HALL / TRANSPORT / headline 1 / headline 2 / deck / byline / byline``. This
module finds such a run (a *cluster*) and shares its parts out among its headlines; the
assembler then gives each body paragraph to the headline whose words it shares (a lead
paragraph repeats its headline's words), see :func:`overlap`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newslayout.cues.names import is_desk, looks_like_name
from newslayout.cues.words import word_stems
from newslayout.readers.text.s2_units.units import ends_sentence, is_kicker
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind

#: A deck's longest line is at least this many times a headline's (smaller type).
DECK_LINE_RATIO = 1.3
#: Most words a deck can have.
DECK_MAX_WORDS = 45


#: Units that never follow a cluster of headlines (masthead and teaser lines do).
_NOT_AFTER = frozenset({Kind.VOLUME, Kind.DATE, Kind.EDITION, Kind.POINTER, Kind.TEASER})


@dataclass(slots=True)
class ClusterHeadline:
    """One headline of a cluster and the units given to it."""

    headline: int
    kicker: int | None = None
    deck: int | None = None
    bylines: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Cluster:
    """Two or more headlines read together; ``end`` is the index after the cluster."""

    parts: list[ClusterHeadline]
    end: int


def _longest_line(item: ClassifiedUnit) -> int:
    return max(len(line) for line in item.unit.lines)


def _is_deck(item: ClassifiedUnit) -> bool:
    text = item.unit.text
    return len(text.split()) <= DECK_MAX_WORDS and not ends_sentence(text)


#: A section label in mixed case ("Leisure", "Food & drink") is this short.
LABEL_WORDS = 3
LABEL_CHARS = 24


def is_label(items: list[ClassifiedUnit], i: int) -> bool:
    """A short title alone in its block: a section label ("Village life") when a header
    with a byline or a deck follows it (pdftotext sets a kicker in small type off by a blank
    line from the larger headline). Capitals are no condition: many papers set kickers in
    mixed case."""
    unit = items[i].unit
    text = unit.text
    if len(unit.lines) != 1 or len(text) > LABEL_CHARS or len(text.split()) > LABEL_WORDS:
        return False
    alone_after = i + 1 >= len(items) or items[i + 1].unit.block != unit.block
    return alone_after and (i == 0 or items[i - 1].unit.block != unit.block)


def lone_name(items: list[ClassifiedUnit], i: int) -> bool:
    """A person's name alone in its block, set among the parts of a header: the photo
    credit of a picture beside it (often printed up the picture's side), never a deck."""
    unit = items[i].unit
    text = unit.text
    if items[i].kind is not Kind.TITLE or len(unit.lines) != 1 or len(text.split()) > 4:
        return False
    if not looks_like_name(text):
        return False
    return all(items[x].unit.block != unit.block for x in (i - 1, i + 1) if 0 <= x < len(items))


#: Fewest words of a headline whose desk tag stands right over its text (no byline): fewer
#: is a label or a name ("Deexton Herald" over "WEATHER" and a forecast).
TAG_HEAD_WORDS = 3
#: Fewest words of the text under such a tag: a sentence's worth, not a forecast's figures.
TAG_TEXT_WORDS = 8


def _tagged_text(items: list[ClassifiedUnit], i: int) -> bool:
    """A headline of :data:`TAG_HEAD_WORDS` words or more, its tag, then running text."""
    if i + 2 >= len(items) or items[i + 2].kind is not Kind.BODY:
        return False
    head, text = items[i].unit.text, items[i + 2].unit.text
    return len(head.split()) >= TAG_HEAD_WORDS and len(text.split()) >= TAG_TEXT_WORDS


def tag_under_headline(items: list[ClassifiedUnit], i: int) -> bool:
    """One header whose kicker is printed as a tag under its headline, with no blank line
    (``pdftotext -raw``): a title in sentence case, a kicker in capitals, a longer title
    in sentence case (the deck) and one byline; or, with no deck, a desk's name
    (``cues.names.is_desk``: "COURTS", "HOUSING") right over the byline or the text
    (:func:`_tagged_text`). Side-by-side headlines print their kickers above them, and as
    many bylines as headlines."""
    kinds = [x.kind for x in items[i : i + 5]] + [Kind.END] * 5
    byline = kinds[2] is Kind.BYLINE and kinds[3] is not Kind.BYLINE
    if kinds[:2] == [Kind.TITLE, Kind.TITLE] and (byline or _tagged_text(items, i)):
        # Only on a page with no blank lines (one block): where blank lines set the header
        # off, its text may be a neighbour column's (pdftotext's default order).
        block, title, tag = items[i].unit.block, items[i].unit.text, items[i + 1].unit.text
        blankless = all(item.unit.block == block for item in items)
        return blankless and not title.isupper() and is_kicker(tag) and is_desk(tag)
    if kinds[:4] != [Kind.TITLE, Kind.TITLE, Kind.TITLE, Kind.BYLINE] or kinds[4] is Kind.BYLINE:
        return False
    head, tag, deck = (items[i + n].unit.text for n in range(3))
    if head.isupper() or not (is_kicker(tag) and tag.isupper()) or deck.isupper():
        return False
    return _longest_line(items[i + 2]) >= DECK_LINE_RATIO * _longest_line(items[i])


def find_cluster(items: list[ClassifiedUnit], start: int) -> Cluster | None:
    """The cluster that opens at ``items[start]`` (a kicker or headline), or None when the
    run there holds fewer than two headlines.

    The run takes kicker-shaped titles, titles, bylines and (right before a byline) one
    deck-shaped unit; it ends at the first other unit. Among the titles, one whose longest
    line is clearly longer than every other title's, right before a byline, is the deck.
    """
    if tag_under_headline(items, start):
        return None
    kickers: list[int] = []
    titles: list[int] = []
    bylines: list[int] = []
    credit: int | None = None
    j = start
    while j < len(items):
        item = items[j]
        following = items[j + 1].kind if j + 1 < len(items) else Kind.END
        label = is_kicker(item.unit.text) or (not titles and is_label(items, j))
        if item.kind is Kind.TITLE and label and not titles:
            kickers.append(j)
        elif titles and not bylines and following is Kind.BYLINE and lone_name(items, j):
            credit = j  # a photo credit among the header parts, no headline
        elif item.kind is Kind.TITLE and not bylines:
            titles.append(j)
        elif item.kind is Kind.BODY and following is Kind.BYLINE and titles and not bylines:
            if not _is_deck(item):
                break
            titles.append(j)
        elif item.kind is Kind.BYLINE and titles:
            bylines.append(j)
        else:
            break
        j += 1
    deck: int | None = None
    above_byline = titles[-1] + (2 if credit == titles[-1] + 1 else 1) if titles else None
    if len(titles) >= 2 and bylines and above_byline == bylines[0]:
        last = titles[-1]
        others = max(_longest_line(items[t]) for t in titles[:-1])
        if _longest_line(items[last]) >= DECK_LINE_RATIO * others and _is_deck(items[last]):
            deck = titles.pop()
    if len(titles) < 2 or any(items[t].kind is not Kind.TITLE for t in titles):
        return None
    if not bylines and len(kickers) < 2:
        return None  # two titles alone may be a masthead and its motto, or a subhead pair
    if j < len(items) and items[j].kind in _NOT_AFTER:
        return None
    parts = [ClusterHeadline(headline=t) for t in titles]
    if kickers:
        # Kickers stand over the headlines in the same left-to-right order; with more
        # kickers than headlines the last ones are nearest (earlier ones are dropped).
        for part, kicker in zip(parts, kickers[-len(parts) :], strict=False):
            part.kicker = kicker
    parts[0].deck = deck
    if len(bylines) == len(parts):
        _share_bylines(items, parts, bylines)
    else:
        parts[0].bylines.extend(bylines)
    return Cluster(parts=parts, end=j)


def _header_lines(items: list[ClassifiedUnit], part: ClusterHeadline) -> int:
    lines = len(items[part.headline].unit.lines)
    return lines + (len(items[part.deck].unit.lines) if part.deck is not None else 0)


def _share_bylines(
    items: list[ClassifiedUnit], parts: list[ClusterHeadline], bylines: list[int]
) -> None:
    """One byline per headline. pdftotext reads the row band by band, so bylines come out
    in the order of their height on the page, not left to right: a byline printed in one
    block with a deck is that deck's article's; the others go to the headlines in order of
    how far down their byline sits (the lines of headline and deck above it; left to right
    among equals)."""
    left = list(bylines)
    rest = list(parts)
    for part in parts:
        if part.deck is None:
            continue
        deck_block = items[part.deck].unit.block
        same = [b for b in left if items[b].unit.block == deck_block]
        if same:
            part.bylines.append(same[0])
            left.remove(same[0])
            rest.remove(part)
    rest.sort(key=lambda part: _header_lines(items, part))
    for part, byline in zip(rest, left, strict=True):
        part.bylines.append(byline)


def content_words(text: str) -> set[str]:
    """The stems of a text's longer words (``cues.words.word_stems``)."""
    return word_stems(text)


def overlap(header: str, paragraph: str) -> int:
    """How many content words a paragraph shares with a headline (and deck)."""
    return len(content_words(header) & content_words(paragraph))
