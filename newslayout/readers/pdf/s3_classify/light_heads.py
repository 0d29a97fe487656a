"""Headlines set large but not bold: a light, italic or roman head opens a story when what
sits around it says so.

Large bold type is a headline by its face alone (``rules_page.is_headline_type``). Many
designs set secondary heads in a roman, light or italic face a size or two under display
type, the sizes a pull quote or a deck also takes. Size and face cannot tell them apart;
the neighbours can. A head names its story's writer right under it (a byline, perhaps after
a deck), has a deck under it with the story's body type under that, carries a kicker (a
short label in capitals, bold or colour) right over it from its left edge, or a tag kicker on
its first line, left of it (``tags``); a pull quote or a deck has none of them. And a head
reads as a title: a few words, at most six lines (a narrow column breaks a head after every
word or two), no closing punctuation, no opening quote mark.
"""

from __future__ import annotations

from newslayout.cues import is_byline
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.heads import below_label
from newslayout.readers.pdf.s3_classify.rules_page import LETTERS, block_words, is_upper
from newslayout.readers.pdf.s3_classify.tags import tag_beside
from newslayout.readers.pdf.types import TextBlock

#: A head runs to at most this many words ...
HEAD_WORDS = 16
#: ... on at most this many lines (a narrow column's head breaks after every word or two).
HEAD_LINES = 6
#: A kicker is a label of at most this many words.
KICKER_WORDS = 6
#: A byline line runs to at most this many words.
BYLINE_WORDS = 16
#: Two blocks within this share of one size are set in one size.
SAME_SIZE_SHARE = 0.05
#: Text ending so is a sentence or a quotation, not a title.
_CLOSING = (".", ",", ";", ":", "!", "?", "”", '"', "’", "»")
_OPENING = "“\"‘'«„"
#: ... but a head may ask or exclaim ("Der Lockdown als Chance?").
_ASKING = ("?", "!")


def titled(block: TextBlock, ctx: PageContext, *, asks: bool = False) -> bool:
    """Set as a title: headline size (not bold: bold is a head by its face), a few words on a
    few lines, with letters, no closing punctuation and no opening quote mark; with ``asks``,
    a title that asks or exclaims ("Der Lockdown als Chance?") passes too."""
    text = block.text.strip()
    if block.bold or not ctx.scale.headline_size(block.size) or not LETTERS.search(text):
        return False
    if len(block.lines) > HEAD_LINES or block_words(block) > HEAD_WORDS:
        return False
    closing = text.endswith(_CLOSING) and not (asks and text.endswith(_ASKING))
    return not closing and text[0] not in _OPENING


def light_head(block: TextBlock, ctx: PageContext) -> bool:
    """A title (see :func:`titled`) with a byline or a deck under it, a kicker over it or a tag
    kicker beside its first line, and no larger head right over it (under a head, a title-like block
    is its deck)."""
    if _under_head(block, ctx):
        return False
    if not titled(block, ctx):
        # a question or exclamation is a head only under its kicker: a pull quote asks
        # too, but no kicker labels it
        return titled(block, ctx, asks=True) and _kicked(block, ctx)
    if _bylined(block, ctx) or _kicked(block, ctx) or _decked(block, ctx):
        return True
    return tag_beside(block, ctx.blocks) is not None


def _under_head(block: TextBlock, ctx: PageContext) -> bool:
    up = ctx.above(block, ctx.scale.em(ctx.settings.deck_reach))
    return up is not None and up.size > block.size and ctx.scale.headline_size(up.size)


def _is_byline_block(block: TextBlock | None, ctx: PageContext) -> bool:
    return (
        block is not None
        and block.size < ctx.body * ctx.settings.headline
        and block_words(block) <= BYLINE_WORDS
        and len(block.lines) <= 2
        and is_byline(block.text)
    )


def _bylined(block: TextBlock, ctx: PageContext) -> bool:
    """A byline right under the head, or under a deck right under it (a section label set
    under the head is looked through; a deck whose lines layout split over two blocks, its
    rest in its own type, is read whole)."""
    reach = ctx.scale.em(ctx.settings.deck_reach)
    nxt = below_label(block, ctx, reach)
    if nxt is None or nxt.size >= block.size:
        return False
    if _is_byline_block(nxt, ctx):
        return True
    under = ctx.below(nxt, reach)
    if under is not None and not _is_byline_block(under, ctx) and _same_type(under, nxt):
        under = ctx.below(under, reach)  # the rest of the deck
    return _is_byline_block(under, ctx)


def _same_type(a: TextBlock, b: TextBlock) -> bool:
    """Set in one size (within ``SAME_SIZE_SHARE``) and face."""
    return (
        abs(a.size - b.size) <= SAME_SIZE_SHARE * b.size
        and a.bold == b.bold
        and a.italic == b.italic
    )


#: A deck runs to a phrase or a sentence or two.
DECK_WORDS = (4, 40)


def _decked(block: TextBlock, ctx: PageContext) -> bool:
    """A deck right under the head (smaller, at least deck size, a phrase or a sentence, no
    quotation or attribution) with the story's body type right under the deck (a section
    label set under the head is looked through)."""
    reach = ctx.scale.em(ctx.settings.deck_reach)
    deck = below_label(block, ctx, reach)
    if deck is None or deck.size >= block.size or not ctx.scale.deck_size(deck.size):
        return False
    text = deck.text.strip()
    if not DECK_WORDS[0] <= block_words(deck) <= DECK_WORDS[1] or text[0] in _OPENING + "—–-":
        return False
    body = ctx.below(deck, reach)
    return body is not None and abs(body.size - ctx.body) <= 0.05 * ctx.body


def _kicked(block: TextBlock, ctx: PageContext) -> bool:
    """A short label right over the head, from its left edge, smaller, in capitals, bold or
    colour."""
    up = ctx.above(block, ctx.scale.em(ctx.settings.kicker_reach))
    if up is None or len(up.lines) > 1 or block_words(up) > KICKER_WORDS:
        return False
    if up.size >= block.size or abs(up.box.x0 - block.box.x0) > 0.5 * ctx.body:
        return False
    text = up.text.strip()
    if not LETTERS.search(text) or text.endswith((".", ",", ";")):
        return False
    return is_upper(text) or up.bold or bool(up.lines[0].words[0].color)
