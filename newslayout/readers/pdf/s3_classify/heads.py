"""Headline furniture set on the headline's own scale: a deck in the headline's size, and a
kicker printed left of the headline on its line.

Some designs set the deck (the subtitle) in the same size as the headline, told apart only by
a lighter weight or a lighter colour (a bold black head over a light grey deck). Size alone
then cannot separate them, so the deck rule compares faces: a block right under a headline,
from its left edge, in the same size but visibly lighter, is its deck. A story's own headline
never sits tight under another one with no text between them, so the rule cannot take the
next story's head.

A kicker printed before the headline on the same line ("CITY | Council votes ...") comes out
of the line as part of the headline's text; :func:`split_head` separates it with
``cues.split_kicker`` (a short capitalised label, then a bar or bullet).
"""

from __future__ import annotations

from newslayout.cues import parse_end_byline, split_kicker
from newslayout.readers.pdf.s3_classify.bylines import unbroken_text
from newslayout.readers.pdf.s3_classify.classify import PageContext, touch
from newslayout.readers.pdf.s3_classify.tags import label_word_count, under_tag
from newslayout.readers.pdf.types import Line, TextBlock

#: Two sizes this close (as a share of the larger) are one size.
SAME_SIZE_SHARE = 0.05
#: A colour at least this much lighter (0 black .. 1 white) reads as another colour.
LIGHTER_BY = 0.15
#: Weight words in a font name that mark a face lighter than regular.
LIGHT_WEIGHTS = ("thin", "hairline", "extralight", "ultralight", "light", "book")
#: A deck runs to a sentence or two.
DECK_MAX_WORDS = 40
#: A head after a sign-off runs to at most this many words.
SIGNED_OFF_HEAD_WORDS = 12
#: ... on at most this many lines, with at least this many words of two letters or more.
SIGNED_OFF_HEAD_LINES = 2
SIGNED_OFF_HEAD_MIN_WORDS = 2
#: How far (in body sizes) under the sign-off line that head may start.
SIGNED_OFF_GAP = 2.0
#: A section label set between a headline and its deck: one line of at most this many words,
#: at most this many times body size.
LABEL_WORDS = 3
LABEL_SIZE = 1.2
#: Dashes an end byline opens with (``cues.parse_end_byline``).
_SIGN_OFF_DASHES = ("—", "–", "―", "--")


def lightness(color: str) -> float:
    """How light a colour string of ``graphics.color_string`` is: 0 black .. 1 white.

    One value is grey, three RGB, four CMYK; no colour ("") is the default black.
    """
    try:
        values = [float(v) for v in color.split(",") if v]
    except ValueError:
        return 0.0
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return sum(values) / 3
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (c + m + y) / 3)
    return 0.0


def _light_weight(font: str) -> bool:
    name = font.split("+", 1)[-1].lower().replace("-", "").replace(" ", "")
    return any(weight in name for weight in LIGHT_WEIGHTS)


def _share(lines: tuple[Line, ...], test: str) -> float:
    """The share of characters whose word is bold ("bold") or in a light weight ("light")."""
    total = hit = 0
    for line in lines:
        for w in line.words:
            total += len(w.text)
            if (w.bold if test == "bold" else _light_weight(w.font)) and w.text:
                hit += len(w.text)
    return hit / total if total else 0.0


def _main_lightness(lines: tuple[Line, ...]) -> float:
    weights: dict[str, int] = {}
    for line in lines:
        for w in line.words:
            weights[w.color] = weights.get(w.color, 0) + len(w.text)
    if not weights:
        return 0.0
    return lightness(max(weights.items(), key=lambda kv: kv[1])[0])


def lighter_face(block: TextBlock, head: TextBlock) -> bool:
    """Whether ``block`` is set in a visibly lighter face than ``head``: roman under bold, a
    light weight under a regular or bold one, or a lighter colour (grey under black)."""
    if _share(head.lines, "bold") >= 0.5 and _share(block.lines, "bold") == 0.0:
        return True
    if _share(block.lines, "light") >= 0.9 and _share(head.lines, "light") < 0.5:
        return True
    return _main_lightness(block.lines) - _main_lightness(head.lines) >= LIGHTER_BY


def same_size(a: float, b: float) -> bool:
    """Whether two sizes are one size (to ``SAME_SIZE_SHARE``)."""
    return abs(a - b) <= SAME_SIZE_SHARE * max(a, b, 1.0)


def same_size_deck(
    block: TextBlock, up: TextBlock | None, body: float, tag: TextBlock | None = None
) -> bool:
    """Whether ``block`` is the deck of the headline ``up`` (the block right over it, which
    the caller has found set as a headline, within the block's size), set in the headline's
    own size: from its left edge, no longer than a deck, in a lighter face. ``tag`` is a tag
    kicker set before the headline's first word (``tags.tag_beside``): the deck may then start
    from the tag's left edge instead (``tags.under_tag``)."""
    if up is None or len(block.text.split()) > DECK_MAX_WORDS:
        return False
    if not same_size(block.size, up.size):
        return False
    flush = abs(block.box.x0 - up.box.x0) <= 0.5 * body
    if not flush and not (tag is not None and under_tag(block.box.x0, tag)):
        return False
    if block.box.top - up.box.bottom < -touch(block, up):
        return False
    return lighter_face(block, up)


def deck_goes_on(block: TextBlock, up: TextBlock, body: float) -> bool:
    """Whether ``block`` continues the block ``up`` right over it in the same size and face,
    from its left edge (a deck's last line set as a block of its own)."""
    if not same_size(block.size, up.size) or abs(block.box.x0 - up.box.x0) > 0.5 * body:
        return False
    if lighter_face(block, up) or lighter_face(up, block):
        return False
    return len(block.text.split()) <= DECK_MAX_WORDS


def split_head(text: str) -> tuple[str, str] | None:
    """(kicker, headline) of a headline whose line opens with a section label and a bar
    ("SPORT | Harbour crew wins ..."), or None. See ``cues.split_kicker``."""
    return split_kicker(text)


def signed_off_head(block: TextBlock, ctx: PageContext) -> bool:
    """A short bold line (a subhead's shape) right under a story's end byline ("— Reporting by
    X"): the sign-off closes the story, so the line heads the next one (a brief or secondary
    story set with a head near body size), however small."""
    if not block.bold or len(block.lines) > SIGNED_OFF_HEAD_LINES:
        return False
    if ctx.scale.below_body(block.size):
        return False
    words = block.text.split()
    if len(words) > SIGNED_OFF_HEAD_WORDS or block.text.rstrip().endswith((".", ",", ";", ":")):
        return False
    if sum(len(w) > 1 for w in words) < SIGNED_OFF_HEAD_MIN_WORDS:
        return False  # a letter-spaced section label ("S P O R T") heads no story
    up = ctx.above(block, SIGNED_OFF_GAP * ctx.body)
    if up is None or up.size > block.size or not up.text.lstrip().startswith(_SIGN_OFF_DASHES):
        return False
    # A sign-off broken at a line-end hyphen ("additional re- porting by Y") reads whole.
    return parse_end_byline(unbroken_text(up)) is not None


def label_line(block: TextBlock, body: float) -> bool:
    """A section label on a line of its own ("FARMING", "W E A T H E R", "HEALTH |"): one
    short line in capitals, no bigger than a little above body, no sentence."""
    text = block.text.strip()
    if len(block.lines) != 1 or block.size > LABEL_SIZE * body or text.endswith((".", ",")):
        return False
    words = label_word_count(text)
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    return upper and 0 < words <= LABEL_WORDS


def above_label(
    block: TextBlock, ctx: PageContext, reach: float, sink: float = 0.0
) -> TextBlock | None:
    """The block right over ``block`` (within ``reach``), looking through a section label set
    between them: a head with its label under it and its deck under that (the label is the
    story's kicker, printed under the head instead of over it). ``sink``: see
    :meth:`PageContext.above`."""
    up = ctx.above(block, reach, sink)
    if up is None or not label_line(up, ctx.body):
        return up
    return ctx.above(up, reach, sink) or up


def below_label(block: TextBlock, ctx: PageContext, reach: float) -> TextBlock | None:
    """The block right under ``block`` (within ``reach``), looking through a section label set
    between them (the mirror of :func:`above_label`): a head with its label under it has its
    deck or byline under the label."""
    down = ctx.below(block, reach)
    if down is None or not label_line(down, ctx.body):
        return down
    return ctx.below(down, reach) or down
