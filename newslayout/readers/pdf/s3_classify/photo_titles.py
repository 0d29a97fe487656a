"""The title of a stand-alone photo: one display line set right on top of a captioned picture.

A photo printed as a feature of its own ("Die Bildergeschichte  Black Lives Matter" over a
five-column photo) has no text: only a title line over it and a caption under it. The title
is one short line in display type (well over body size), starting at the picture's left
edge, no wider than the picture, and sitting on it (its box ends within a fraction of its
size of the picture's top, or overlaps it by its descenders). The block stage hands it on as
text; read as text it runs on into the story read before it and the photo with its caption
goes to whichever story is nearest. Re-read as a headline (rule ``photo-title``) it opens a
story whose one block is the figure, the model's stand-alone photo.

Only a line whose picture has a caption under it is taken: a display line over a bare
picture may be anything (an advert's slogan, a graphic's label).
"""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock

#: The rule name recorded on a line re-read as a photo's title.
PHOTO_TITLE = "photo-title"
#: A title is set in at least this many times the body size.
TITLE_SIZE_SHARE = 1.3
#: A title has at most this many words.
TITLE_MAX_WORDS = 8
#: The picture's top lies at most this many of the title's sizes under the title's box
#: (a little over it too: descenders reach into the picture).
TITLE_GAP_SIZES = 0.5
#: The title starts within this many of its sizes of the picture's left edge.
TITLE_INDENT_SIZES = 1.0
#: A caption starts at most this many of the title's sizes under the picture.
CAPTION_GAP_SIZES = 2.0
#: Roles a title may have been given: text (the block stage's reading of a lone line).
TEXT_ROLES = frozenset({BlockRole.BODY, BlockRole.SUBHEAD})


def _sits_on(block: TextBlock, box: Box) -> bool:
    size = block.size
    gap = box.top - block.box.bottom
    return (
        -TITLE_GAP_SIZES * size <= gap <= TITLE_GAP_SIZES * size
        and abs(block.box.x0 - box.x0) <= TITLE_INDENT_SIZES * size
        and block.box.x1 <= box.x1 + 1
    )


def _captioned(picture: Box, size: float, blocks: Sequence[ClassifiedBlock]) -> bool:
    return any(
        c.role is BlockRole.CAPTION
        and 0 <= c.block.box.top - picture.bottom <= CAPTION_GAP_SIZES * size
        and c.block.box.x0 < picture.x1
        and picture.x0 < c.block.box.x1
        for c in blocks
    )


def _title(c: ClassifiedBlock, ctx: PageContext, blocks: Sequence[ClassifiedBlock]) -> bool:
    block = c.block
    if c.role not in TEXT_ROLES or len(block.lines) != 1:
        return False
    if block.size < TITLE_SIZE_SHARE * ctx.body or len(block.text.split()) > TITLE_MAX_WORDS:
        return False
    return any(
        _sits_on(block, p.box) and _captioned(p.box, block.size, blocks) for p in ctx.pictures
    )


def photo_titles(blocks: Sequence[ClassifiedBlock], ctx: PageContext) -> list[ClassifiedBlock]:
    """``blocks`` with each stand-alone photo's title line re-read as its headline."""
    return [
        ClassifiedBlock(block=c.block, role=BlockRole.HEADLINE, page=c.page, rule=PHOTO_TITLE)
        if _title(c, ctx, blocks)
        else c
        for c in blocks
    ]
