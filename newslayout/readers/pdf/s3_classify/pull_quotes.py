"""Pull quotes told by the sentence they interrupt, not by a quote mark or a slant.

Many papers set a pull quote as a few lines of larger roman type inside a column, with no
quote mark, no italic and no rule: in size alone it could be a light secondary headline. What
gives it away is its place: the column's running text stops in mid-sentence right above it
and goes on right under it (the line above is full and ends without a full stop, or in a
line-end hyphen, or the text under it opens in lower case). A headline never sits inside a
sentence. A short line in smaller type right under such a quote ("Peter Beyer, CDU") is the
quote's attribution, and the running text resumes under that line.

A head set under a story that goes on in the next column looks the same from above: the
line over it is full and stops in mid-sentence. Two things tell it apart. A head stands clear
of the story above and hugs its own text (its room below is a fraction of its room above),
where a quote sits in its column with room on both sides (``BALANCED_ROOM``). And the line
under a head may be its byline ("By X and Y", "Edited by X"), which names a writer, never a
quote's speaker.
"""

from __future__ import annotations

from newslayout.cues import is_byline
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import TextBlock

#: A pull quote is a sentence or two.
QUOTE_WORDS = 40
#: ... set on at most this many lines.
QUOTE_LINES = 8
#: The column's text stops and resumes within this many body em of the quote.
QUOTE_GAP = 4.0
#: An attribution line runs to at most this many words.
ATTRIBUTION_WORDS = 8
#: The last line of a paragraph that goes on leaves at most this much room (body em).
FULL_LINE = 1.0
#: A pull quote has room under it (to the running text, past its attribution) of at least this
#: share of the room over it; a head sits under a wide gap and right on its own text.
BALANCED_ROOM = 0.5
#: A story's lead-in in capitals opens with a word of at least this many letters.
LEAD_IN_LETTERS = 2
#: Punctuation that can end a paragraph (closing quotes after a full stop included).
PARAGRAPH_END = (".", "!", "?", ":", "\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u2019")


def _body_type(block: TextBlock, ctx: PageContext) -> bool:
    return abs(block.size - ctx.body) <= 0.06 * ctx.body


def _capital_lead_in(text: str) -> bool:
    """Whether the text opens with a word in capitals of two letters or more ("WORK ON")."""
    words = text.split()
    letters = [c for c in words[0] if c.isalpha()] if words else []
    return len(letters) >= LEAD_IN_LETTERS and all(c.isupper() for c in letters)


def runs_on(up: TextBlock, down: TextBlock, ctx: PageContext, *, strict: bool = False) -> bool:
    """Whether the running text of ``up`` goes on in ``down``: ``up`` ends in a line-end
    hyphen or ``down`` opens in lower case; unless ``strict``, also when ``up`` ends in a
    full line without closing punctuation (weaker: a refer's last line ends in a page label)."""
    first = down.text.lstrip()[:1]
    if first.isalpha() and first.islower():
        return True
    if up.hyphen_end:
        # A word broken at the line end goes on under it; a first word in capitals ("ad-"
        # over "WORK ON the bridge") is a story's opening words set in capitals: another story.
        return not _capital_lead_in(down.text)
    text = up.text.rstrip()
    full = up.free_end <= ctx.scale.em(FULL_LINE)
    return not strict and bool(text) and not text.endswith(PARAGRAPH_END) and full


def attribution_under(quote: TextBlock, ctx: PageContext) -> TextBlock | None:
    """A short line in smaller type right under ``quote`` (its speaker), if there is one; a
    byline ("By X", "Edited by X") is a head's, not a speaker's line."""
    nxt = ctx.below(quote, ctx.scale.em(QUOTE_GAP))
    if nxt is None or len(nxt.lines) != 1 or block_words(nxt) > ATTRIBUTION_WORDS:
        return None
    if is_byline(nxt.text):
        return None
    return nxt if nxt.size < quote.size and not _body_type(nxt, ctx) else None


def interrupts_text(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is larger type set inside a column whose running text it
    interrupts: body type right above and right under it (past an attribution line) in the
    same column, the text running on from one to the other."""
    if not (ctx.scale.deck_size(block.size) and ctx.scale.below_quote_max(block.size)):
        return False
    if len(block.lines) > QUOTE_LINES or block_words(block) > QUOTE_WORDS:
        return False
    reach = ctx.scale.em(QUOTE_GAP)
    up = ctx.above(block, reach)
    if up is None or not _body_type(up, ctx):
        return False
    down = ctx.below(attribution_under(block, ctx) or block, reach)
    if down is None or not _body_type(down, ctx):
        return False
    column = up.box.width
    if block.box.width > 1.1 * column or down.box.width > 1.1 * column:
        return False
    room_above, room_below = block.box.top - up.box.bottom, down.box.top - block.box.bottom
    if room_below < BALANCED_ROOM * room_above:
        return False  # clear of the text above, tight on the text below: a head
    # Bold larger type is more often a head: it needs the stronger evidence.
    return runs_on(up, down, ctx, strict=block.bold)


def is_attribution(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is the speaker's line under a pull quote that interrupts text."""
    up = ctx.above(block, ctx.scale.em(QUOTE_GAP))
    return up is not None and attribution_under(up, ctx) is block and interrupts_text(up, ctx)
