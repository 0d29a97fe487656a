"""Bylines known by their place and face, not their wording; caption lines that run on.

``cues.is_byline`` recognises a byline from its words ("By A and B", "Edited by X"). Many
bylines carry no such words ("Harbor Ledger staff", "Staff and wire reports") and names in
scripts the cue does not know ("By Ελένη Παππά", "By 王小霞"). A reader of the page still sees
them at once: a short line in its own face (not the body's), right under the headline or deck,
or under the caption of the photo that heads the story, that names people or a desk. That is
the rule here: place (what sits right above), face (differs from body text and from a caption
above it) and a name-like shape (capitalised or uncased words, a few desk words, no sentence).

The second rule keeps a caption whole: a block set in the caption's own face right under a
caption line is more of that caption, however far the picture is (a caption wrapped under a
photo scaled narrower than its column breaks into blocks at the "line stopped early" test).
"""

from __future__ import annotations

import re

from newslayout.cues.sentences import clean
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import is_headline_type
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: A byline has at most this many words (a desk credit with names: "Staff and wire reports").
MAX_WORDS = 10
#: How far (in body sizes) a byline may sit below the headline, deck or caption over it.
GAP = 2.0
#: Words a byline may hold besides names: desks, roles, joiners (lower case as printed).
DESK_WORDS: frozenset[str] = frozenset(
    {"staff", "and", "&", "from", "reports", "report", "wire", "wires", "services", "service",
     "desk", "bureau", "reporter", "reporters", "writer", "writers", "correspondent",
     "correspondents", "editor", "editors", "of", "the", "in", "news", "agencies", "team"}
)  # fmt: skip
_PREFIX = re.compile(r"^(?:by|edited\s+by|compiled\s+by|photos?\s+by)\s*:?\s+", re.IGNORECASE)
_SPLIT = re.compile(r"[\s,/|]+")
#: How many caption blocks a caption may run on through.
MAX_CAPTION_RUN = 6


#: Hyphens a typesetter puts at a line end to break a word (ASCII, U+2010, soft hyphen).
BREAK_HYPHENS = ("-", "\u2010", "\u00ad")


def unbroken_text(block: TextBlock) -> str:
    """The block's text with a word hyphenated at a line end joined again ("Correspon- dent",
    "Shee‐ cheath"): a hyphen at a line end before a lower-case letter is the typesetter's,
    not the word's, and a byline cue reads names and job titles whole."""
    text = ""
    for line in block.lines:
        piece = line.text.strip()
        if text.endswith(BREAK_HYPHENS) and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}" if text else piece
    return clean(text)


def _name_like_token(token: str) -> bool:
    """A capitalised word, a word in an uncased script (Chinese), an initial, or a desk word."""
    core = token.strip(".'’()")
    if not core:
        return True
    if core.lower() in DESK_WORDS:
        return True
    if any(c.isdigit() for c in core) or not core[0].isalpha():
        return False
    first = core[0]
    return first.isupper() or not (first.islower() or first.isupper())


def names_people_or_desk(text: str) -> bool:
    """Whether a short text reads as names or a desk rather than a sentence."""
    text = " ".join(text.split())
    if not text or (text.endswith((".", "?", "!", ":", ";")) and not text.endswith(" Jr.")):
        return False
    rest = _PREFIX.sub("", text)
    tokens = [t for t in _SPLIT.split(rest) if t]
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    if not all(_name_like_token(t) for t in tokens):
        return False
    return any(t.lower() not in DESK_WORDS for t in tokens) or "staff" in rest.lower()


def _same_face(a: TextBlock, b: TextBlock) -> bool:
    return abs(a.size - b.size) <= 0.3 and a.bold == b.bold and a.italic == b.italic


def caption_chain(block: TextBlock, ctx: PageContext, links: int) -> bool:
    """Whether ``block`` hangs under what the caption rule takes for a caption, through at
    most ``links`` blocks each in the face of the one above it, set below body size."""
    for _ in range(links):
        if not ctx.scale.below_body(block.size):
            return False
        up = ctx.above(block, 0.8 * ctx.body)
        if up is None or not _same_face(up, block):
            return False
        if ctx.said("caption", up) is BlockRole.CAPTION:
            return True
        block = up
    return False


def _is_caption(block: TextBlock, ctx: PageContext) -> bool:
    """Taken for a caption, or more of one (a caption run)."""
    if ctx.said("caption", block) is BlockRole.CAPTION:
        return True
    return caption_chain(block, ctx, MAX_CAPTION_RUN)


#: A block within this many points of body size, roman and not bold, is set in the body's face.
BODY_FACE_PT = 0.3
#: A byline worded as one ("By A, B and C", "This article is by ...") runs to at most this
#: many lines in the body's face (more would be a paragraph that opens with "By") ...
CUE_LINES = 2
#: ... and to this many in a face of its own: several writers' names in a narrow column.
OWN_FACE_CUE_LINES = 4


def in_body_face(block: TextBlock, ctx: PageContext) -> bool:
    """Whether the block is set in the body text's face (size, roman, not bold)."""
    return abs(block.size - ctx.body) <= BODY_FACE_PT and not block.bold and not block.italic


def cue_lines(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a block worded as a byline is short enough to be one (see ``CUE_LINES``)."""
    most = CUE_LINES if in_body_face(block, ctx) else OWN_FACE_CUE_LINES
    return len(block.lines) <= most


def byline_by_place(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short name line in its own face right under a headline, deck or header caption."""
    if len(block.lines) > CUE_LINES or ctx.scale.headline_size(block.size):
        return None
    if in_body_face(block, ctx) or not names_people_or_desk(block.text):
        return None
    up = ctx.above(block, GAP * ctx.body)
    if up is None:
        return None
    if is_headline_type(up, ctx) or ctx.said("deck", up) is BlockRole.DECK:
        return BlockRole.BYLINE
    if not _same_face(up, block) and _is_caption(up, ctx) and _PREFIX.match(block.text):
        return BlockRole.BYLINE
    return None


def caption_run(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """Text in a caption's face right under a caption is more of that caption (through at
    most ``MAX_CAPTION_RUN`` such blocks)."""
    return BlockRole.CAPTION if caption_chain(block, ctx, MAX_CAPTION_RUN + 1) else None
