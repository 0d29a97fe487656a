"""Stage 3, classify: give every text block a role with the ordered rule table of ``rules``.

The evidence a rule may use lives in :class:`PageContext`: the issue's body size, the page's
size and number, its blocks and pictures, and neighbour queries (the block right above or
below another one) answered from an index built once per page. Classification runs in two
passes over one ordered table (:mod:`newslayout.readers.rule_table`): rules about the block
itself (pass 1) answer from the block and its page; rules that read what pass-1 rules say of
the neighbours (pass 2, a rule's ``reads``) get those verdicts through ``ctx.said``. The first
rule in table order that answers gives the role, body is the fallback;
``options.disabled_rules`` switches rules off by name without changing any other rule's answer.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from newslayout.readers.pdf.params import CLASSIFY, ClassifySettings, Scale
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    DrawnRule,
    Picture,
    TextBlock,
)
from newslayout.readers.rule_table import Rule as TableRule
from newslayout.readers.rule_table import RuleTable, first_match

#: Stacked lines set tight may overlap by this share of the larger one's size (a body box
#: reaches below the baseline for descenders, and tight leading sets the next line into it).
TOUCH_SHARE = 0.2


def touch(a: TextBlock, b: TextBlock) -> float:
    """How far (pt) two stacked blocks' boxes may overlap and still be one above the other."""
    return max(1.0, TOUCH_SHARE * max(a.size, b.size))


class _Plane:
    """The page's blocks indexed once by top and by bottom edge (pdfminer's ``Plane`` idea):
    a query for the block above or below another looks only at blocks whose edge falls in
    the window, not at every block of the page. Answers are the same as a full scan's: the
    window is wider than any accepted gap, and candidates are tried in reading order."""

    def __init__(self, blocks: tuple[TextBlock, ...]) -> None:
        self.blocks = blocks
        # Identity, not equality: a block is asked about by the very object the page holds.
        self.position = {id(b): i for i, b in enumerate(blocks)}
        # ``list.index`` finds the first *equal* block; equal twins are rare enough to let
        # them take the slow path that keeps that answer.
        self.twins = len({(b.order, b.box, b.text) for b in blocks}) != len(blocks)
        self.reach = max((touch(b, b) for b in blocks), default=1.0) + 1.0
        self.largest = max((b.size for b in blocks), default=0.0)
        tops = sorted((b.box.top, i) for i, b in enumerate(blocks))
        bottoms = sorted((b.box.bottom, i) for i, b in enumerate(blocks))
        self.top_keys = [t for t, _ in tops]
        self.top_index = [i for _, i in tops]
        self.bottom_keys = [t for t, _ in bottoms]
        self.bottom_index = [i for _, i in bottoms]

    def index(self, block: TextBlock) -> int:
        i = self.position.get(id(block))
        if i is None or self.twins:
            return self.blocks.index(block)
        return i

    def tops_between(self, low: float, high: float) -> list[TextBlock]:
        lo = bisect.bisect_left(self.top_keys, low)
        hi = bisect.bisect_right(self.top_keys, high)
        return [self.blocks[i] for i in sorted(self.top_index[lo:hi])]

    def bottoms_between(self, low: float, high: float) -> list[TextBlock]:
        lo = bisect.bisect_left(self.bottom_keys, low)
        hi = bisect.bisect_right(self.bottom_keys, high)
        return [self.blocks[i] for i in sorted(self.bottom_index[lo:hi])]


@dataclass(frozen=True, slots=True, kw_only=True)
class PageContext:
    """What the rules may look at besides the block itself."""

    page: int
    width: float
    height: float
    body: float
    blocks: tuple[TextBlock, ...]
    pictures: tuple[Picture, ...] = ()
    #: The page's drawn rules (separators, box frames): a rule over a small head closes the
    #: story above it (``ruled_heads``).
    rules: tuple[DrawnRule, ...] = ()
    #: What pass-1 rules say of other blocks; set by :func:`classify_page` for a pass-2 rule,
    #: ``None`` for a pass-1 rule (which must not read verdicts).
    verdicts: VerdictView | None = field(default=None, repr=False, compare=False)
    #: The tunables of the rules (``ReadOptions.classify``).
    settings: ClassifySettings = CLASSIFY
    #: The issue's type scale: the settings' ratios times ``body``.
    scale: Scale = field(init=False, repr=False, compare=False)
    _plane: _Plane = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scale", Scale(self.body, self.settings))
        object.__setattr__(self, "_plane", _Plane(self.blocks))

    def said(self, rule: str, block: TextBlock) -> BlockRole | None:
        """What the pass-1 rule ``rule`` says of ``block`` (only for the rules a pass-2 rule
        names in its ``reads``)."""
        if self.verdicts is None:
            raise LookupError(f"a pass-1 rule reads no verdicts (asked for {rule!r})")
        return self.verdicts.of(rule, block)

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
        bottom, reach = block.box.bottom, self._plane.reach
        for other in self._plane.tops_between(bottom - reach, bottom + within + 1.0):
            gap = other.box.top - block.box.bottom
            if other is block or gap < -touch(block, other) or gap > within:
                continue
            if not self.stacked(block, other):
                continue
            if best is None or other.box.top < best.box.top:
                best = other
        return best

    def above(self, block: TextBlock, within: float, sink: float = 0.0) -> TextBlock | None:
        """The nearest block ending above ``block`` (at most ``within`` pt) that overlaps it.

        ``sink`` lets the block over it reach down into ``block`` by that share of its own
        size: a display head's descenders over its deck set tight (leading under the type's
        height) overlap the deck's box by more than the ``touch`` allowance."""
        best: TextBlock | None = None
        top = block.box.top
        reach = max(self._plane.reach, sink * self._plane.largest + 1.0)
        for other in self._plane.bottoms_between(top - within - 1.0, top + reach):
            gap = block.box.top - other.box.bottom
            allowed = max(touch(block, other), sink * other.size)
            if other is block or gap < -allowed or gap > within:
                continue
            if not self.stacked(block, other):
                continue
            if best is None or other.box.bottom > best.box.bottom:
                best = other
        return best

    def neighbours(self, block: TextBlock) -> tuple[TextBlock | None, TextBlock | None]:
        """The previous and next blocks in reading order when they share the region."""
        index = self._plane.index(block)
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


RuleFn = Callable[[TextBlock, PageContext], BlockRole | None]
#: A classification rule of the PDF reader (the readers' one rule type).
Rule = TableRule[TextBlock, PageContext, BlockRole]
Rules = RuleTable[TextBlock, PageContext, BlockRole]


class Verdicts:
    """What each pass-1 rule says of each block of a page, computed once when first asked.

    A verdict does not depend on which rules are switched off: it is evidence about a block
    (the deck rule takes it for a deck), not the block's final role.
    """

    def __init__(self, table: Rules, ctx: PageContext) -> None:
        self._table = table
        self._ctx = ctx  # the pass-1 context: no verdicts, so a pass-1 rule cannot read any
        self._memo: dict[tuple[str, int], BlockRole | None] = {}

    def of(self, rule: str, block: TextBlock) -> BlockRole | None:
        # Keyed by identity: the blocks are the page's own objects, alive for the whole page.
        key = (rule, id(block))
        if key in self._memo:
            return self._memo[key]
        found = self._table.by_name[rule]
        if found.reads:
            raise LookupError(f"{rule!r} is a pass-2 rule: its verdict is no evidence")
        verdict = found.test(block, self._ctx)
        self._memo[key] = verdict
        return verdict


class VerdictView:
    """Verdicts seen through one pass-2 rule's ``reads``: asking for another rule fails."""

    def __init__(self, verdicts: Verdicts, reads: tuple[str, ...]) -> None:
        self._verdicts = verdicts
        self._reads = reads

    def of(self, rule: str, block: TextBlock) -> BlockRole | None:
        if rule not in self._reads:
            raise LookupError(f"{rule!r} is not in the rule's reads {self._reads}")
        return self._verdicts.of(rule, block)


def page_answers(
    ctx: PageContext, table: Rules
) -> tuple[Verdicts, Callable[[Rule, TextBlock], BlockRole | None]]:
    """The page's verdict memo and ``answer(rule, block)``: a pass-1 rule's verdict, or a
    pass-2 rule's answer given the verdicts it reads."""
    plain = dataclasses.replace(ctx, verdicts=None) if ctx.verdicts is not None else ctx
    verdicts = Verdicts(table, plain)
    reading = {
        rule.name: dataclasses.replace(plain, verdicts=VerdictView(verdicts, rule.reads))
        for rule in table
        if rule.reads
    }

    def answer(rule: Rule, block: TextBlock) -> BlockRole | None:
        if rule.reads:
            return rule.test(block, reading[rule.name])
        return verdicts.of(rule.name, block)

    return verdicts, answer


def classify_page(
    ctx: PageContext, rules: Rules, disabled: Collection[str] = frozenset()
) -> list[ClassifiedBlock]:
    """Each block of the page with the role of the first rule (in table order) that answers."""
    active = rules.active(disabled)
    _, answer = page_answers(ctx, rules)
    out: list[ClassifiedBlock] = []
    for block in ctx.blocks:
        found = first_match(active, lambda rule: answer(rule, block))  # noqa: B023
        role, name = (found[1], found[0].name) if found is not None else (BlockRole.BODY, "body")
        out.append(ClassifiedBlock(block=block, role=role, page=ctx.page, rule=name))
    return out


def verdict(rule: str, block: TextBlock, ctx: PageContext, rules: Rules) -> BlockRole | None:
    """What one rule of the table answers for ``block`` on the page (for tests and tools)."""
    _, answer = page_answers(ctx, rules)
    return answer(rules.by_name[rule], block)
