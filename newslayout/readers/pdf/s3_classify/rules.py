"""The ordered table of named classification rules (first match wins; body is the fallback).

Every rule reads typography (size relative to the issue's body size, weight, slant, caps),
geometry (page margins, what sits right above or below) and the text cues of
``newslayout.cues``; none knows any particular newspaper. Switch one off by name with
``ReadOptions.disabled_rules``.
"""

from __future__ import annotations

from newslayout.cues import (
    is_byline,
    opens_with_and,
    parse_credit_line,
    parse_end_byline,
    parse_jump,
)
from newslayout.model import JumpDirection
from newslayout.readers.pdf.s3_classify.brief_rows import heads_brief_row
from newslayout.readers.pdf.s3_classify.bylines import (
    BREAK_HYPHENS,
    byline_by_place,
    caption_run,
    cue_lines,
    unbroken_text,
)
from newslayout.readers.pdf.s3_classify.caption_limits import (
    dash_signature,
    label_word,
    letter_words,
    opens_text_below,
)
from newslayout.readers.pdf.s3_classify.classify import PageContext, Rule, Rules
from newslayout.readers.pdf.s3_classify.credit_lines import (
    caption_tail,
    name_credit,
    picture_credit,
    under_caption,
)
from newslayout.readers.pdf.s3_classify.head_rows import heads_head_row
from newslayout.readers.pdf.s3_classify.heads import (
    above_label,
    deck_goes_on,
    label_line,
    same_size_deck,
    signed_off_head,
)
from newslayout.readers.pdf.s3_classify.light_heads import light_head
from newslayout.readers.pdf.s3_classify.peer_heads import HEAD_RULES, heads_next_story
from newslayout.readers.pdf.s3_classify.portrait_names import HEADSHOT_RULE, headshot_name
from newslayout.readers.pdf.s3_classify.pull_quotes import interrupts_text, is_attribution
from newslayout.readers.pdf.s3_classify.row_heads import opens_row_story
from newslayout.readers.pdf.s3_classify.ruled_heads import opens_ruled_story
from newslayout.readers.pdf.s3_classify.rules_page import (
    LETTERS,
    block_words,
    is_headline_type,
    is_upper,
    margin_furniture,
    masthead,
    ornament,
    running_row,
    strip_label,
    teaser,
)
from newslayout.readers.pdf.s3_classify.side_captions import (
    caption_beside,
    caption_centred_under,
    under_side_captioned,
)
from newslayout.readers.pdf.s3_classify.signed_heads import signed_head
from newslayout.readers.pdf.s3_classify.tags import (
    TAG_MAX_WORDS,
    is_tag_of,
    label_word_count,
    tag_beside,
)
from newslayout.readers.pdf.s3_classify.web_heads import is_web_address, promo_part
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: A box's own title is set at least this many times the body size.
BOX_HEAD_RATIO = 1.15
#: A pull quote is a sentence or two; a longer block under a quote mark is story text.
PULL_QUOTE_WORDS = 60
#: Opening quote marks a designer sets alone, large, over a pull quote.
QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u275d\u275e')


def jump_line(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """ "See page 3", "Continued on page 3" (out) and "Continued from page 1" (in)."""
    if block_words(block) > ctx.settings.short_line_words:
        return None
    cue = parse_jump(block.text)
    if cue is None:
        return None
    return BlockRole.JUMP_OUT if cue.direction is JumpDirection.ON else BlockRole.JUMP_IN


def jump_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short head right above a "Continued from" line: it names the continued story."""
    if not ctx.scale.deck_size(block.size) or block_words(block) > 12:
        return None
    nxt = ctx.below(block, ctx.scale.em(ctx.settings.jump_head_reach))
    if nxt is not None and block_words(nxt) <= ctx.settings.short_line_words:
        cue = parse_jump(nxt.text)
        if cue is not None and cue.direction is JumpDirection.FROM:
            return BlockRole.JUMP_HEAD
    return None


def headline(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Large type opens an article; so does a short roman title heading its own region (a
    framed box's title), though set too small to be a headline anywhere else, and a short bold
    line right under a story's end byline (``heads.signed_off_head``)."""
    if is_headline_type(block, ctx) and (
        _quoted(block, ctx)
        or _deck_under_head(block, ctx)
        or _deck_in_head_size(block, ctx)
        or _second_deck(block, ctx)
    ):
        return None  # a pull quote under its quote mark; a deck set large under its head
    if is_headline_type(block, ctx) or region_title(block, ctx):
        return BlockRole.HEADLINE
    if light_head(block, ctx) and not _deck_under_head(block, ctx):
        return BlockRole.HEADLINE  # a deck under its head (and label) heads no story
    return BlockRole.HEADLINE if signed_off_head(block, ctx) else None


#: Two blocks whose left edges are this close (in body sizes) are set from one edge.
FLUSH_EM = 0.5
#: A deck is at most this share of the size of the headline right over it.
DECK_OF_HEAD = 0.6


def _deck_under_head(block: TextBlock, ctx: PageContext) -> bool:
    """Display type right under a headline (within an em of body, or a share of the head's
    size under a big head), from its left edge (or its tag's), at
    most ``DECK_OF_HEAD`` of its size: the headline's deck, set large under a big head. A
    story's own head never sits tight under another head with no text between. A section
    label set between them (``heads.above_label``) is looked through."""
    up = _head_over(block, ctx)
    if up is None or not is_headline_type(up, ctx) or block.size > DECK_OF_HEAD * up.size:
        return False
    # A tag set on the head's first line ("HEALTH" before its first word) moves the head's
    # words right; the deck starts from the tag's edge, the head's column.
    tag = tag_beside(up, ctx.blocks)
    edges = (up.box.x0,) if tag is None else (up.box.x0, tag.box.x0)
    return any(abs(block.box.x0 - x0) <= 0.5 * ctx.body for x0 in edges)


def _head_over(block: TextBlock, ctx: PageContext) -> TextBlock | None:
    """The block right over ``block`` (within an em of body, through a label), or else a
    headline further over it by at most ``head_deck_gap`` of its size: a big head is set
    with leading in proportion to its size, so its deck may sit more than an em under it."""
    settings = ctx.settings
    up = above_label(block, ctx, ctx.body, settings.head_sink)
    if up is not None and is_headline_type(up, ctx):
        return up
    far = ctx.above(block, ctx.scale.em(settings.deck_reach), settings.head_sink)
    if (
        far is not None
        and is_headline_type(far, ctx)
        and block.box.top - far.box.bottom <= settings.head_deck_gap * far.size
    ):
        return far
    return up


def _second_deck(block: TextBlock, ctx: PageContext) -> bool:
    """The next bank of a multi-bank head: display type right under a deck (which sits right
    under its headline), from its left edge, smaller than that deck. Decks step down in size;
    the next story's head never sits tight under a deck with no text between."""
    up = ctx.above(block, ctx.body)
    return (
        up is not None
        and block.size < up.size
        and abs(block.box.x0 - up.box.x0) <= 0.5 * ctx.body
        and _deck_under_head(up, ctx)
    )


def _deck_in_head_size(block: TextBlock, ctx: PageContext) -> bool:
    """A deck set in its headline's own size, in a lighter face (``heads.same_size_deck``),
    and the rest of such a deck set as a block of its own right under it in its face."""
    up = ctx.above(block, block.size)
    if up is None or not is_headline_type(up, ctx):
        return False
    if same_size_deck(block, up, ctx.body, tag_beside(up, ctx.blocks)):
        return True
    return deck_goes_on(block, up, ctx.body) and _deck_in_head_size(up, ctx)


def region_title(block: TextBlock, ctx: PageContext) -> bool:
    """One line of a few words at headline ratio, first in its region, not italic (a pull
    quote), not a sentence, with more of the region's text under it."""
    text = block.text.strip()
    if len(block.lines) != 1 or block_words(block) > 8 or block.italic or not LETTERS.search(text):
        return False
    if not ctx.scale.headline_size(block.size) or text.endswith((".", ",", ";", ":", "”", '"')):
        return False
    if abs(block.box.top - block.region.top) > 1.0 or text[0] in "“\"‘'":
        return False
    nxt = ctx.below(block, 3.0 * ctx.body)
    return nxt is not None and nxt.size < block.size


def box_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """The title a tinted box opens with, set a little above body size: a sidebar of its own.

    Smaller than a headline, so only its place makes it one: the first block at the very top
    of a shaded region, bold, short, with text following it.
    """
    if not (block.shaded and block.bold) or len(block.lines) > 2 or block_words(block) > 12:
        return None
    if not BOX_HEAD_RATIO * ctx.body <= block.size < ctx.settings.headline * ctx.body:
        return None
    prev, nxt = ctx.neighbours(block)
    if prev is None and nxt is not None and abs(block.box.top - block.region.top) < 1.0:
        return BlockRole.HEADLINE
    return None


def web_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A web address set in display type (a house ad's "taz.de/leipzig") is furniture, not
    the head of a story, and so are the logo word and label over it (``web_heads``)."""
    if ctx.scale.deck_size(block.size) and is_web_address(block):
        return BlockRole.FURNITURE
    if promo_part(block, ctx):
        return BlockRole.FURNITURE  # the box's logo word or its "find us at:" label
    return None


def row_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short bold line a little above body size under the end of the row of text above
    it, one of a row of such heads side by side or level with a row of other heads, or one
    under a rule drawn right over it: the head of a brief or column of its own, not a subhead
    (``row_heads``, ``brief_rows``, ``head_rows``, ``ruled_heads``)."""
    if opens_row_story(block, ctx) or heads_brief_row(block, ctx) or opens_ruled_story(block, ctx):
        return BlockRole.HEADLINE
    if heads_head_row(block, ctx):
        return BlockRole.HEADLINE
    return None


def kicker(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short label (caps, colour or bold) sitting right on top of a headline, or set as a
    tag on a headline's first line, left of it (``tags``)."""
    if _tag_of_head(block, ctx):
        return BlockRole.KICKER
    if block_words(block) > 6 or ctx.scale.headline_size(block.size) or len(block.lines) > 1:
        return None
    if not (is_upper(block.text) or block.bold or block.lines[0].words[0].color):
        return None
    if not LETTERS.search(block.text) or running_row(block, ctx):
        return None
    if parse_end_byline(block.text) is not None and not is_upper(block.text):
        return None  # "— Lena Marsh": the story above signed at its foot, over the next head
    if _ends_dash_line(block, ctx):
        return None  # "porting by X": the rest of the end byline above, over the next head
    if caption_tail(block, ctx):
        return None  # "Tiejeerd": the rest of a credit its caption began, over the next head
    if _label_under_head(block, ctx):
        return BlockRole.KICKER
    nxt = ctx.below(block, ctx.scale.em(ctx.settings.kicker_reach))
    if nxt is None or nxt.size <= block.size:
        return None
    if is_headline_type(nxt, ctx) or (light_head(nxt, ctx)):
        return BlockRole.KICKER
    return None


def _label_under_head(block: TextBlock, ctx: PageContext) -> bool:
    """A section label set right under a headline, over its deck: the story's kicker."""
    if not label_line(block, ctx.body):
        return False
    up = ctx.above(block, ctx.body)
    if up is None or not (is_headline_type(up, ctx) or light_head(up, ctx)):
        return False
    nxt = ctx.below(block, ctx.body)
    return nxt is not None and deck(nxt, ctx) is BlockRole.DECK


def _tag_of_head(block: TextBlock, ctx: PageContext) -> bool:
    """A label set on a headline's first line, left of it: a bar or a bullet after it may be
    set in the head's size, which lifts the label's size to a head's, but it is the kicker."""
    if len(block.lines) != 1 or label_word_count(block.text) > TAG_MAX_WORDS:
        return False
    if not (is_upper(block.text) or block.bold) or not LETTERS.search(block.text):
        return False
    return any(
        is_tag_of(block, head) and (is_headline_type(head, ctx) or light_head(head, ctx))
        for head in ctx.blocks
    )


def deck(block: TextBlock, ctx: PageContext, depth: int = 0) -> BlockRole | None:
    """Larger-than-body text right under a headline, smaller than it; a sentence set in
    italic (at most a little below body size) right under it, which no byline cue claims;
    or a phrase in bold a little above body size right under it (a subhead never follows
    its headline directly: story text comes first)."""
    if block_words(block) > 60:
        return None
    if _deck_in_head_size(block, ctx):
        return BlockRole.DECK
    italic_deck = (
        block.italic
        and block.size >= 0.8 * ctx.body
        and block_words(block) >= 6
        and not is_byline(block.text)
        and parse_credit_line(block.text) is None
    )
    bold_deck = block.bold and ctx.scale.above_body(block.size) and block_words(block) >= 4
    if not ctx.scale.deck_size(block.size) and not (italic_deck or bold_deck):
        return None
    up = above_label(block, ctx, ctx.scale.em(ctx.settings.deck_reach), ctx.settings.head_sink)
    if up is not None:
        # A tag set on the head's first line ("CULTURE |") can end level with the head: the
        # block over the deck is then the head it labels.
        up = next((head for head in ctx.blocks if is_tag_of(up, head)), up)
    if up is None:
        return None
    if block.size < up.size and (is_headline_type(up, ctx) or light_head(up, ctx)):
        return BlockRole.DECK
    if _next_bank(block, up, ctx) and depth < MAX_BANKS and deck(up, ctx, depth + 1):
        return BlockRole.DECK  # the next bank of a multi-bank head, under the first deck
    return None


#: A head has at most this many decks under it.
MAX_BANKS = 3
#: A next bank is at most this share larger than the deck over it (decks step down in size).
BANK_SIZE_SHARE = 0.05


def _next_bank(block: TextBlock, up: TextBlock, ctx: PageContext) -> bool:
    """Set from the left edge of the block over it, tight under it, no larger than it."""
    return (
        block.size <= (1 + BANK_SIZE_SHARE) * up.size
        and abs(block.box.x0 - up.box.x0) <= FLUSH_EM * ctx.body
        and block.box.top - up.box.bottom <= ctx.body
    )


def byline(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """ "By A and B", "Edited by X", "Staff reporter X"; not a picture's own credit."""
    if block_words(block) <= 16 and cue_lines(block, ctx) and is_byline(unbroken_text(block)):
        if picture_credit(block, ctx) or _ends_dash_line(block, ctx):
            return None
        return BlockRole.BYLINE
    if _byline_second_line(block, ctx):
        return BlockRole.BYLINE
    return None


#: How far (in body sizes) over its last line an end byline's line above may end.
DASH_LINE_REACH = 0.8


def _ends_dash_line(block: TextBlock, ctx: PageContext) -> bool:
    """A lower-case line right under a dash line that it completes as an end byline
    ("— Reporting by X; additional" / "reporting by Y"): the story's end byline, read with
    the story's last text (``s4_assemble.end_bylines``), not a byline opening a story."""
    if not block.text[:1].islower():
        return False
    up = ctx.above(block, DASH_LINE_REACH * ctx.body)
    if up is None or not up.text.lstrip().startswith(("—", "–", "―", "--")):
        return False
    head, tail = unbroken_text(up), unbroken_text(block)
    if head.endswith(BREAK_HYPHENS):  # "additional re-" / "porting by Y": one word again
        return parse_end_byline(head[:-1] + tail) is not None
    return parse_end_byline(f"{head} {tail}") is not None


def _byline_second_line(block: TextBlock, ctx: PageContext) -> bool:
    """A short line opening with "and" right under a byline in the same type, which reads as
    a byline together with it."""
    if len(block.lines) != 1 or block_words(block) > 8 or not opens_with_and(block.text):
        return False
    up = ctx.above(block, 0.8 * ctx.body)
    if up is None or abs(up.size - block.size) > 0.05 * block.size or not is_byline(up.text):
        return False
    return is_byline(f"{up.text} {block.text}")


def credit(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A photo credit: small type by a picture, or a line worded as a credit."""
    if not ctx.scale.below_body(block.size) or block_words(block) > 12:
        return None
    near = ctx.near_picture(block, ctx.scale.em(ctx.settings.credit_reach))
    if parse_credit_line(block.text) is not None and (
        near or block.size < 0.9 * ctx.body or under_caption(block, ctx)
    ):
        return BlockRole.CREDIT
    if name_credit(block, ctx):
        return BlockRole.CREDIT
    if near is not None and block.size <= 0.7 * ctx.body and len(block.lines) == 1:
        words = [w for w in block.text.split() if w[0].isalpha()]
        if "/" in block.text or all(w[0].isupper() for w in words):
            return BlockRole.CREDIT
    return None


#: A caption set larger than body type runs to at most this many words.
CAPTION_WORDS = 60
#: ... and at least this many: a short line there is a subhead of the story under the picture.
CAPTION_MIN_WORDS = 6


def caption(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Smaller-than-body text next to a picture (or right under a credit that is), or set
    level with it at its side, or centred right under it in any size (``side_captions``)."""
    up = ctx.above(block, 1.0 * ctx.body)
    under_credit = (
        up is not None and up.size < ctx.body * 0.8 and ctx.near_picture(up, 2 * ctx.body)
    )
    if dash_signature(block):
        return None  # a story's end signature, set under a caption beside its last column
    if caption_centred_under(block, ctx) is not None:
        return BlockRole.CAPTION
    if opens_text_below(block, ctx) or label_word(block):
        return None  # a story's first line with its lead-in in small caps; a section label
    if not ctx.scale.below_body(block.size):
        # A caption set larger than the body (a bold sans a point up) still hangs from the
        # credit line under its picture: a sentence or two, not in the body's own size.
        if under_credit and abs(block.size - ctx.body) > 0.05 * ctx.body:
            words = block_words(block)
            if (
                not ctx.scale.headline_size(block.size)
                and CAPTION_MIN_WORDS <= words <= CAPTION_WORDS
            ):
                return BlockRole.CAPTION
        return None
    pic = ctx.near_picture(block, ctx.scale.em(ctx.settings.caption_reach))
    if pic is not None and under_side_captioned(block, pic, ctx, CAPTION_MIN_WORDS):
        return None  # the picture's caption is beside it: this is the text under it
    if pic is not None:
        return BlockRole.CAPTION
    words = block_words(block)
    phrase = letter_words(block) >= CAPTION_MIN_WORDS and words <= CAPTION_WORDS
    if phrase and caption_beside(block, ctx) is not None:
        return BlockRole.CAPTION
    if under_credit:
        return BlockRole.CAPTION
    if caption_tail(block, ctx):
        return BlockRole.CAPTION
    return None


def pull_quote(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Larger text set inside the columns: in italic, or in roman under an opening quote
    mark set on its own (the mark is the designer's cue that the words are quoted)."""
    if not (ctx.scale.deck_size(block.size) and ctx.scale.below_quote_max(block.size)):
        return None
    if block.italic:
        return BlockRole.QUOTE
    if not block.bold and block_words(block) <= PULL_QUOTE_WORDS and _under_quote_mark(block, ctx):
        return BlockRole.QUOTE
    if _quoted(block, ctx):
        return BlockRole.QUOTE
    return None


def inline_quote(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Larger type inside a column whose running text stops above it in mid-sentence and
    goes on under it (``pull_quotes``), and the speaker's line under such a quote."""
    if interrupts_text(block, ctx) or is_attribution(block, ctx):
        return BlockRole.QUOTE
    return None


def _under_quote_mark(block: TextBlock, ctx: PageContext) -> bool:
    """Whether the block right above (within an em of the block's size) is a quote mark alone."""
    up = ctx.above(block, block.size)
    return up is not None and up.text.strip() in QUOTE_MARKS


def _quoted(block: TextBlock, ctx: PageContext) -> bool:
    """A sentence (closing punctuation) in pull-quote sizes, bold or not, hanging from an
    opening quote mark set alone right over its first line: the mark says the words are
    quoted, and a headline never ends in a full stop. The mark's box may reach into the
    quote's first line (a big glyph's box runs far below the visible mark)."""
    if not (ctx.scale.deck_size(block.size) and ctx.scale.below_quote_max(block.size)):
        return False
    text = block.text.strip()
    if block_words(block) > PULL_QUOTE_WORDS or not text.endswith((".", "!", "?", "”", '"', "’")):
        return False
    first = block.lines[0].box
    for mark in ctx.blocks:
        b = mark.box
        if mark is block or mark.text.strip() not in QUOTE_MARKS or b.top >= first.top:
            continue
        near = first.top - b.bottom <= block.size and b.bottom <= first.bottom + 0.5 * block.size
        beside = b.horizontal_overlap(block.box) > 0 or abs(b.x0 - block.box.x0) <= block.size
        if near and beside:
            return True
    return False


def caption_goes_on(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """More of the caption right above (``caption_run``), unless the block is the first line
    of the story under it, a section label or a story's end signature (``caption_limits``)."""
    if opens_text_below(block, ctx) or label_word(block) or dash_signature(block):
        return None
    return caption_run(block, ctx)


def subhead(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short bold line near body size inside the columns."""
    if not block.bold or ctx.scale.headline_size(block.size) or block.size < 0.85 * ctx.body:
        return None
    text = block.text.strip()
    if block_words(block) <= 12 and len(block.lines) <= 2 and not text.endswith((".", ",", ";")):
        return BlockRole.SUBHEAD
    return None


def peer_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A roman title at headline size set tight under the story above, no smaller than that
    story's head: the head of the next story (``peer_heads``)."""
    return BlockRole.HEADLINE if heads_next_story(block, ctx) else None


def small_print(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Anything else set far below body size is page apparatus, not story text."""
    if ctx.scale.small_print(block.size) and block_words(block) <= 8:
        return BlockRole.FURNITURE
    return None


#: The rule table, in order. Names are stable (they are user-facing option values). A rule
#: with ``reads`` runs in pass 2: it reads what those pass-1 rules say of neighbouring blocks.
RULES: Rules = Rules(
    (
        Rule("ornament", ornament),
        Rule("masthead", masthead, reads=("teaser",)),
        Rule("teaser", teaser),
        Rule("strip-label", strip_label, reads=("teaser",)),
        Rule("jump-line", jump_line),
        Rule("inline-quote", inline_quote),
        Rule("web-head", web_head),
        Rule("kicker", kicker),
        Rule("margin-furniture", margin_furniture),
        Rule("jump-head", jump_head),
        Rule("headline", headline),
        Rule("box-head", box_head),
        Rule("row-head", row_head),
        Rule("deck", deck),
        Rule("byline", byline),
        Rule("byline-by-place", byline_by_place, reads=("caption", "deck")),
        Rule(HEADSHOT_RULE, headshot_name),
        Rule("credit", credit),
        Rule("caption", caption),
        Rule("caption-run", caption_goes_on, reads=("caption",)),
        Rule("pull-quote", pull_quote),
        Rule("signed-head", signed_head, reads=("byline",)),
        Rule("peer-head", peer_head, reads=HEAD_RULES),
        Rule("subhead", subhead),
        Rule("small-print", small_print),
    )
)
