"""Stage 4, classify: give every text block a role with the ordered rule table of ``rules``.

The evidence a rule may use lives in :class:`PageContext`: the issue's body size, the page's
size and number, its blocks and pictures, and geometric helpers (the block right above or
below another one). Rules are tried in order, the first that answers wins, body is the
fallback; ``options.disabled_rules`` switches rules off by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newslayout.readers.pdf.types import Classified, Picture, Role, TextBlock

#: A headline is set at least this many times the body size.
HEADLINE_RATIO = 1.35


#: Stacked lines set tight may overlap by this share of the larger one's size (a body box
#: reaches below the baseline for descenders, and tight leading sets the next line into it).
TOUCH_SHARE = 0.2


def touch(a: TextBlock, b: TextBlock) -> float:
    """How far (pt) two stacked blocks' boxes may overlap and still be one above the other."""
    return max(1.0, TOUCH_SHARE * max(a.size, b.size))


@dataclass(frozen=True, slots=True, kw_only=True)
class PageContext:
    """What the rules may look at besides the block itself."""

    page: int
    width: float
    height: float
    body: float
    blocks: tuple[TextBlock, ...]
    pictures: tuple[Picture, ...] = ()

    def overlap(self, a: TextBlock, b: TextBlock) -> float:
        """Horizontal overlap of two blocks as a fraction of the narrower one."""
        shared = a.box.horizontal_overlap(b.box)
        return shared / max(1.0, min(a.box.width, b.box.width))

    def stacked(self, a: TextBlock, b: TextBlock) -> bool:
        """Whether two blocks share columns: they overlap by half the narrower one, or they
        overlap at all and start at the same left edge (a short line under a wide one)."""
        if self.overlap(a, b) >= 0.5:
            return True
        return a.box.horizontal_overlap(b.box) > 0 and abs(a.box.x0 - b.box.x0) <= 2.0

    def below(self, block: TextBlock, within: float) -> TextBlock | None:
        """The nearest block starting below ``block`` (at most ``within`` pt) that overlaps it."""
        best: TextBlock | None = None
        for other in self.blocks:
            gap = other.box.top - block.box.bottom
            if other is block or gap < -touch(block, other) or gap > within:
                continue
            if not self.stacked(block, other):
                continue
            if best is None or other.box.top < best.box.top:
                best = other
        return best

    def above(self, block: TextBlock, within: float) -> TextBlock | None:
        """The nearest block ending above ``block`` (at most ``within`` pt) that overlaps it."""
        best: TextBlock | None = None
        for other in self.blocks:
            gap = block.box.top - other.box.bottom
            if other is block or gap < -touch(block, other) or gap > within:
                continue
            if not self.stacked(block, other):
                continue
            if best is None or other.box.bottom > best.box.bottom:
                best = other
        return best

    def neighbours(self, block: TextBlock) -> tuple[TextBlock | None, TextBlock | None]:
        """The previous and next blocks in reading order when they share the region."""
        index = self.blocks.index(block)
        prev = self.blocks[index - 1] if index > 0 else None
        nxt = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return (
            prev if prev is not None and prev.region == block.region else None,
            nxt if nxt is not None and nxt.region == block.region else None,
        )

    def near_picture(self, block: TextBlock, within: float) -> Picture | None:
        """A picture right above or below the block, overlapping it horizontally."""
        for pic in self.pictures:
            b = block.box
            if pic.box.horizontal_overlap(b) < 0.5 * min(b.width, pic.box.width):
                continue
            if -2.0 <= b.top - pic.box.bottom <= within or -2.0 <= pic.box.top - b.bottom <= within:
                return pic
        return None


RuleFn = Callable[[TextBlock, PageContext], Role | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named classification rule: ``test(block, context)`` returns a role or ``None``."""

    name: str
    test: RuleFn


def classify_page(
    ctx: PageContext, rules: Sequence[Rule], disabled: frozenset[str] = frozenset()
) -> list[Classified]:
    """Each block of the page with the role of the first rule that answers."""
    active = [r for r in rules if r.name not in disabled]
    out: list[Classified] = []
    for block in ctx.blocks:
        role, name = Role.BODY, "body"
        for rule in active:
            found = rule.test(block, ctx)
            if found is not None:
                role, name = found, rule.name
                break
        out.append(Classified(block=block, role=role, page=ctx.page, rule=name))
    return out
