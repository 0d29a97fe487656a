"""Pass one: plan every page, deciding where each story goes and where it jumps.

Stories are set in modules: a rectangle of whole columns with the headline across the top and
the body in balanced columns below. A page is built in rows: a main module and, beside it, a
rail of narrower stories stacked to the main module's depth. The lead story of the front page
spans every column. A story that does not fit where it starts breaks off with a reserved jump
line and continues at the top of the next page, under a jump head.

Jump lines are only *reserved* here (their height is fixed: one line); their text, with the real
page numbers, is written in pass two (``document.py``), once every part has a page.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newslayout.diagnostics import Log
from newslayout.styles import Style
from newslayout.writers.pdf.columns import (
    FORCED_FIT,
    ColumnFill,
    fill_balanced,
    fill_columns,
    fill_lines,
    lines_at_least,
    natural_height,
)
from newslayout.writers.pdf.flowables import FigureFlowable
from newslayout.writers.pdf.images import (
    LOW_RESOLUTION,
    MIN_PPI,
    ImageStore,
    low_resolution_note,
    printed_ppi,
)
from newslayout.writers.pdf.story import (
    LEAD,
    MINOR,
    STANDARD,
    ArticleStory,
    header_flowables,
    jump_head_flowables,
)
from newslayout.writers.pdf.typeset import TypeSet

#: Vertical space between rows of modules, and between stacked rail modules (points).
ROW_GAP = 14.0
#: Space between a module's header and its columns.
HEADER_GAP = 4.0
#: The least body a module must hold: this many body lines.
MIN_BODY_LINES = 4
#: The jump rule (issue 13): a story jumps only with at least this many body lines on its
#: first page and at least as many going over; shorter, the jump reads as a mistake.
JUMP_MIN_LINES = 6
#: An inner-page story needing more than what is left, when less than this share of the page
#: is left, starts on the next page instead of jumping straight away.
LATE_START_SHARE = 0.12
#: The lead photo may take at most this share of its module's height.
LEAD_FIGURE_SHARE = 0.4
#: A rail may run deeper than the main story beside it by this share of the page at most.
RAIL_OVERRUN_SHARE = 0.2
#: A photo the source ran wide may take this share of its module's height.
WIDE_FIGURE_SHARE = 0.6
#: Descender depth of the shipped faces, in ems (DejaVu: 0.236).
DESCENDER_EM = 0.24
#: A photo leading a story may be cropped to up to this many times flatter or taller than the
#: image (a page designer crops to the space rather than leave a photo narrower than its
#: columns, or a page part empty).
CROP = 1.4
#: A page whose matter is all set and leaves a hole grows its photos, at most this many times
#: their height (cropped within ``CROP``, up to ``GROWN_FIGURE_SHARE`` of the page's depth).
MAX_GROW = 2.0
GROWN_FIGURE_SHARE = 0.7
#: Steps of the search for the largest growth that keeps the page's matter on the page.
GROW_STEPS = 6
#: A page's bottom slack under this share of its depth is left alone (no growth search).
SLACK_SHARE = 0.04
#: A story is movable (a brief or short story another page may take to fill a hole) when its
#: body set in one column is at most this share of the page's depth.
MOVABLE_SHARE = 0.5
#: Page for page, the page's last story is set no shallower than this many lines.
STRIP_LINES = 6
#: Joining source pages (``auto``): a page whose matter is all set with more than this share of
#: its depth empty at the foot takes the next source page's matter when all of it fits whole.
JOIN_SLACK_SHARE = 0.1
#: A rail deeper than its main story by more than this many body lines takes no more stories
#: that fit whole in a row of their own under it (a long rail beside a short main story leaves
#: the main columns under it empty).
STACK_LINES = 3
#: Vertical justification: a page that ends short opens each gap between its rows by at most
#: this many body lines (``_feather``).
FEATHER_LINES = 3
#: A main story gets as many columns as keep its body about this share of the page deep.
SHORT_DEPTH_SHARE = 0.22
#: Steps of the search for the deepest front lead that keeps the page's other matter on it
#: (a lead held at ``lead_max_share`` that jumps with a hole under it jumps later instead).
LEAD_STEPS = 6


@dataclass(slots=True)
class Piece:
    """What is left of a story to set: its body flowables from some point on."""

    story: int
    flows: list[Any]
    part: int = 0
    previous: Module | None = None


@dataclass(slots=True, eq=False)
class Module:
    """One part of one story placed on a page (coordinates from the page's top-left)."""

    story: int
    part: int
    page: int
    x: float
    top: float
    span: int
    width: float
    header: list[tuple[Any, float, float]]
    body_top: float
    fill: ColumnFill
    height: float
    jump_out: bool = False
    previous: Module | None = None
    next: Module | None = None
    #: Space added over the row this module opens (vertical justification, ``_feather``).
    space_above: float = 0.0


@dataclass(slots=True, eq=False)
class Digest:
    """A house filler set in a hole of a page (``digest.py``): its title over the refers of
    ``stories``, the issue's stories on other pages (coordinates from the page's top-left)."""

    x: float
    top: float
    span: int
    width: float
    header: list[tuple[Any, float, float]]
    body_top: float
    fill: ColumnFill
    height: float
    stories: tuple[int, ...]
    #: The width of its columns (the hole's, inside the tint).
    column_width: float


@dataclass(slots=True)
class PagePlan:
    """The modules of one page, and its area for content."""

    number: int
    top: float
    bottom: float
    modules: list[Module] = field(default_factory=list)
    #: The source page it follows (page for page; the first of pages joined); 0 in reflow.
    source: int = 0
    #: House fillers set in the holes left once every story is placed (``digest.py``).
    digests: list[Digest] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    """The whole issue laid out."""

    pages: list[PagePlan]
    first_page: dict[int, int]


def _descender_overhang(flow: Any) -> float:
    """How far a tightly led paragraph's descenders hang below its box.

    ReportLab sets the last baseline ``leading - size`` above a paragraph's bottom, but
    descenders reach about a quarter of the size below it: with a headline's tight leading, they
    would eat into the white band that shows (to people and to our PDF reader) where the
    header ends and the columns begin.
    """
    style = getattr(flow, "style", None)
    if style is None:
        return 0.0
    return max(
        0.0, DESCENDER_EM * float(style.fontSize) - (float(style.leading) - float(style.fontSize))
    )


class Planner:
    """Plans pages for a list of stories in one print style."""

    def __init__(
        self, style: Style, ts: TypeSet, images: ImageStore, stories: list[ArticleStory], log: Log
    ) -> None:
        self.style, self.ts, self.images, self.stories, self.log = style, ts, images, stories, log
        self.col_w = style.column_width
        self.gutter = style.columns.gutter
        self.count = style.columns.count
        self.line = ts.font_of("body").line_height
        self.jump_h = ts.font_of("jump").line_height + 2
        #: How much the photos leading the stories of the page being planned grow (1: not).
        self.grow = 1.0
        #: The page's last story takes the page's width (page for page, on a page before the
        #: issue's last: nothing else comes beside it).
        self.fill_width = False
        #: Only whole stories are placed (filling a hole with movable stories: never a jump).
        self.whole_only = False
        #: Stories of the page's own matter that jump whatever joins it (:meth:`_join`).
        self.jumping: set[int] = set()
        #: The share of the front page's depth the lead may take (None: the style's
        #: ``lead_max_share``; raised by :meth:`_lead_later`).
        self.lead_cap: float | None = None

    def span_width(self, span: int) -> float:
        return span * self.col_w + (span - 1) * self.gutter

    def column_x(self, column: int) -> float:
        return self.style.page.margin_left + column * (self.col_w + self.gutter)

    def _header(self, piece: Piece, width: float, max_h: float, importance: str) -> list[Any]:
        story = self.stories[piece.story]
        if piece.part:
            return jump_head_flowables(story, self.ts)
        flows = header_flowables(story, self.ts, self.images, importance=importance)
        for flow in flows:
            if isinstance(flow, FigureFlowable):
                flow.crop = CROP
                flow.grid = (self.col_w, self.gutter)
                flow.max_height = max_h * LEAD_FIGURE_SHARE
                if story.lead_share is not None:
                    # as wide as the source ran it (a share of the page), up to a bigger
                    # share of the page's depth than the style's rule
                    wide = min(width, story.lead_share * self.style.content_width)
                    flow.max_height = min(max_h * WIDE_FIGURE_SHARE, wide * flow.aspect)
                if self.grow > 1.0:
                    # filling a hole: taller (cropped within CROP, then wider too)
                    flow.target_height = width * flow.aspect * self.grow
                    flow.max_height = min(flow.max_height * self.grow, max_h * GROWN_FIGURE_SHARE)
        return flows

    def place(
        self,
        piece: Piece,
        column: int,
        span: int,
        top: float,
        max_h: float,
        importance: str,
        page: int,
        *,
        force: bool = False,
    ) -> Module | None:
        """Set ``piece`` in a module, or None when not even its start fits in ``max_h``."""
        width = self.span_width(span)
        header: list[tuple[Any, float, float]] = []
        y = 0.0
        for flow in self._header(piece, width, max_h, importance):
            y += flow.getSpaceBefore() if header else 0.0
            _, h = flow.wrap(width, max_h)
            header.append((flow, y, h))
            y += h + flow.getSpaceAfter()
        if piece.part:
            y += self.jump_h
        elif header:
            y += _descender_overhang(header[-1][0])
        body_top = y + HEADER_GAP
        room = max_h - body_top
        if room < MIN_BODY_LINES * self.line:
            if piece.part or not force:
                return None
            self.log.add(FORCED_FIT, "a headline is taller than the page allows", page=page)
            room = MIN_BODY_LINES * self.line
        fill = fill_balanced(piece.flows, self.col_w, span, room, self.line, force=force)
        jump_out = bool(fill.leftover)
        if jump_out and self.whole_only and piece.story not in self.jumping:
            return None
        if jump_out:
            jumping = self._jump_fill(piece.flows, span, room, force=force)
            if jumping is None:
                return None
            fill = jumping
        if fill.forced:
            self.log.add(FORCED_FIT, "a block was scaled down to fit its column", page=page)
        height = body_top + (room if jump_out else fill.depth)
        return Module(
            story=piece.story,
            part=piece.part,
            page=page,
            x=self.column_x(column),
            top=top,
            span=span,
            width=width,
            header=header,
            body_top=body_top,
            fill=fill,
            height=height,
            jump_out=jump_out,
            previous=piece.previous,
        )

    def _jump_fill(
        self, flows: list[Any], span: int, room: float, *, force: bool
    ) -> ColumnFill | None:
        """The fill of a part that jumps, keeping the jump rule: lines are held back from the
        foot of its last column (then the one before) until ``JUMP_MIN_LINES`` go over; None
        when that leaves fewer than ``JUMP_MIN_LINES`` here (the story starts elsewhere).

        ``force`` (an empty page, nothing better to come): the plain fill is kept rather than
        no fill, whatever it leaves.
        """
        first: ColumnFill | None = None
        held = self.jump_h
        while held < span * room:
            heights = _columns_less(room, span, held)
            fill = fill_columns(flows, self.col_w, heights, force=force)
            if not any(fill.columns):
                break
            if first is None:
                first = fill
            if fill_lines(fill) < JUMP_MIN_LINES:
                break
            over = lines_at_least(list(fill.leftover), self.col_w, JUMP_MIN_LINES)
            if over >= JUMP_MIN_LINES:
                return fill
            held += self.line
        return first if force else None

    def _accept(self, module: Module, page: PagePlan, carry: deque[Piece]) -> None:
        page.modules.append(module)
        if module.previous is not None:
            module.previous.next = module
        if module.jump_out:
            carry.append(
                Piece(module.story, list(module.fill.leftover), module.part + 1, previous=module)
            )

    def _span_for(self, piece: Piece, widest: int, body_h: float) -> int:
        """Columns for a main story: as many as keep it about ``SHORT_DEPTH_SHARE`` deep.

        A short story (or the short rest of a jumped one) set across many columns would be a
        strip of two-line columns; narrower, it leaves the rest of the row to the rail.
        """
        natural = natural_height(piece.flows, self.col_w)
        wanted = math.ceil(natural / (SHORT_DEPTH_SHARE * body_h))
        return max(min(2, widest), min(widest, wanted))

    def _fill_page(self, page: PagePlan, queue: deque[Piece], carry: deque[Piece]) -> None:
        body_h = page.bottom - page.top
        y = page_depth(page) + ROW_GAP if page.modules else page.top
        rail = self.style.columns.rail
        while queue:
            remaining = page.bottom - y
            piece = queue[0]
            lead = page.number == 1 and not page.modules
            use_rail = not lead and rail > 0 and len(queue) > 1
            span = self.count - rail if use_rail else self.count
            widest = span
            if (use_rail and piece.part > 0) or (not lead and len(queue) == 1):
                # The rest of a jumped story, or the page's last story, is often short: as
                # narrow as keeps it readable (not a strip of two-line columns)...
                span = self._span_for(piece, span, body_h)
                if self.fill_width and piece.part == 0:
                    # ...except that, page for page, nothing else will come beside it: the
                    # page's last story takes the width (not a strip under STRIP_LINES lines)
                    # rather than leaving columns empty.
                    strip = natural_height(piece.flows, self.col_w) / (STRIP_LINES * self.line)
                    span = max(span, min(widest, int(strip)))
                share = self.stories[piece.story].lead_share
                if piece.part == 0 and share is not None:
                    # ...but as wide as the photo the source ran across its columns.
                    span = max(span, min(widest, math.ceil(share * self.count - 0.25)))
            max_h = min(remaining, body_h * self._lead_share()) if lead else remaining
            importance = LEAD if lead else (STANDARD if span >= 3 else MINOR)
            module = self.place(piece, 0, span, y, max_h, importance, page.number)
            if module is None and not page.modules:
                module = self.place(
                    piece, 0, span, y, remaining, importance, page.number, force=True
                )
            if module is not None and module.jump_out and span < widest:
                # ...and wider again when, narrowed, it would jump while wider it ends here
                wider = self._widened(piece, span, widest, y, max_h, page.number)
                if wider is not None:
                    module, span = wider
                    importance = STANDARD if span >= 3 else MINOR
            if module is not None and module.jump_out and piece.part > 0 and span < self.count:
                # One jump per story: a continuation that would jump again takes the full
                # width of the page instead of the main columns.
                wide = self.place(piece, 0, self.count, y, remaining, importance, page.number)
                if wide is not None and (not wide.jump_out or not page.modules):
                    module, use_rail, span = wide, False, self.count
            if module is None and self.whole_only:
                queue.popleft()  # a movable story that does not fit whole: try the next
                continue
            if module is None:
                return
            late = (
                module.jump_out
                and page.number > 1
                and remaining < body_h * LATE_START_SHARE
                and page.modules
            )
            if late and piece.part == 0:
                return
            if use_rail and not self._rail_takes(queue[1], span, y, module.height, page):
                # Nothing would go in the rail: an empty column is worse than a wider story.
                wide = self.place(piece, 0, self.count, y, max_h, importance, page.number)
                if wide is not None:
                    module, use_rail = wide, False
            if use_rail:
                depth = self._balanced_row(page, queue, carry, module, y, max_h, span)
            else:
                queue.popleft()
                self._accept(module, page, carry)
                depth = module.height
            y += depth + ROW_GAP

    def _widened(
        self, piece: Piece, span: int, widest: int, y: float, max_h: float, page: int
    ) -> tuple[Module, int] | None:
        """``piece`` narrowed to ``span`` columns jumps: the narrowest wider span, up to
        ``widest``, at which it ends on the page (a page designer widens a short last story
        rather than send its last lines on to a page of their own); None when none does."""
        for wider in range(span + 1, widest + 1):
            importance = STANDARD if wider >= 3 else MINOR
            module = self.place(piece, 0, wider, y, max_h, importance, page)
            if module is not None and not module.jump_out:
                return module, wider
        return None

    def _row(
        self,
        page: PagePlan,
        queue: deque[Piece],
        carry: deque[Piece],
        module: Module,
        y: float,
    ) -> tuple[float, float]:
        """Accept a main story's ``module`` and stack the rail beside it; returns the depth
        of the main story and of the rail."""
        queue.popleft()
        self._accept(module, page, carry)
        rail = self._fill_rail(page, queue, carry, y, module.height, module.span)
        return module.height, rail

    def _balanced_row(
        self,
        page: PagePlan,
        queue: deque[Piece],
        carry: deque[Piece],
        module: Module,
        y: float,
        max_h: float,
        span: int,
    ) -> float:
        """A row of a main story (``module``, ``span`` columns) and its rail; returns its
        depth. When the rail runs deeper than the main story by more than ``STACK_LINES``
        (nothing may be nested under the main story: it would be read out of order), the row
        is set again with the main story a column narrower and the rail a column wider, and
        kept so when that leaves less of the row empty, with the same stories on the page and
        none jumping that did not: a page designer changes a story's column count rather than
        leave a hole beside a long rail."""
        count, queued, carried = len(page.modules), list(queue), list(carry)
        main, rail = self._row(page, queue, carry, module, y)
        narrower = span - 1
        if rail - main <= STACK_LINES * self.line or narrower < 2:
            return max(main, rail)
        first = (page.modules[count:], list(queue), list(carry))
        empty = _row_empty(main, rail, span, self.count - span)
        real_log, self.log = self.log, Log()
        try:
            importance = STANDARD if narrower >= 3 else MINOR
            trial = self.place(queued[0], 0, narrower, y, max_h, importance, page.number)
            if trial is not None and (module.jump_out or not trial.jump_out):
                _undo(page, count, queue, queued, carry, carried)
                t_main, t_rail = self._row(page, queue, carry, trial, y)
                t_empty = _row_empty(t_main, t_rail, narrower, self.count - narrower)
                placed = {(m.story, m.part) for m in page.modules[count:]}
                jumped = {m.story for m in page.modules[count:] if m.jump_out}
                if (
                    t_empty < empty
                    and placed >= {(m.story, m.part) for m in first[0]}
                    and jumped <= {m.story for m in first[0] if m.jump_out}
                ):
                    return max(t_main, t_rail)
        finally:
            self.log = real_log
        # the first setting stands: put it back as it was
        _undo(page, count, queue, queued, carry, carried)
        modules, rest, over = first
        page.modules.extend(modules)
        for placed_module in modules:
            if placed_module.previous is not None:
                placed_module.previous.next = placed_module
        queue.clear()
        queue.extend(rest)
        carry.clear()
        carry.extend(over)
        return max(main, rail)

    def _lead_share(self) -> float:
        return self.style.columns.lead_max_share if self.lead_cap is None else self.lead_cap

    def _lead_later(
        self,
        compose: Callable[[], tuple[PagePlan, deque[Piece], deque[Piece]]],
        planned: tuple[PagePlan, deque[Piece], deque[Piece]],
    ) -> tuple[PagePlan, deque[Piece], deque[Piece]]:
        """A front lead held at its share of the page that jumps while the page ends short
        (nothing else fits under it, and nothing under it jumps) runs deeper and jumps later
        instead: the deepest share, up to the whole page, that keeps all of the page's matter
        on it (a brief that then fits under the lead comes too) with nothing under it
        jumping. ``compose`` plans the page afresh at ``self.lead_cap``, which is left at the
        share found (the caller resets it). A page designer gives the lead more of page 1
        rather than send it on over an empty foot."""
        page, queue, _ = planned
        if page.number != 1 or not page.modules:
            return planned
        lead = page.modules[0]
        depth = page.bottom - page.top
        slack = page.bottom - page_depth(page)
        if not lead.jump_out or lead.part or slack < SLACK_SHARE * depth or _others_jump(page):
            return planned
        placed, left = _parts(page), len(queue)
        real_log, self.log = self.log, Log()
        low, high = self._lead_share(), 1.0
        try:
            for _ in range(LEAD_STEPS):
                self.lead_cap = (low + high) / 2
                trial, rest, _ = compose()
                fits = page_depth(trial) <= page.bottom + 0.01 and not _others_jump(trial)
                if fits and len(rest) <= left and _parts(trial) >= placed:
                    low = self.lead_cap
                else:
                    high = self.lead_cap
        finally:
            self.log = real_log
        # planned afresh whether the share moved or not (the trials re-linked the parts); the
        # share stays set for the caller's further trials (photos grown), which reset it
        self.lead_cap = low
        deeper = compose()
        if deeper[0].modules[0].jump_out:
            # a lead that still jumps is kept at its share: run deeper and jumping later, it
            # split where our reader lost the thread of the story under it (the sample's a4
            # front page), so only a lead that then ends on page 1 runs deeper
            self.lead_cap = None
            return compose()
        return deeper

    def _rail_takes(
        self, piece: Piece, column: int, top: float, depth: float, page: PagePlan
    ) -> bool:
        """Whether the rail beside a main story of ``depth`` could hold the start of ``piece``
        (and should: a story that would jump from the rail while it fits whole under the row
        goes there instead)."""
        module = self._rail_module(piece, column, top, top, depth, MINOR, page)
        return module is not None and not self._better_below(module, piece, top + depth, page)

    def _rail_module(
        self,
        piece: Piece,
        column: int,
        y: float,
        top: float,
        depth: float,
        importance: str,
        page: PagePlan,
    ) -> Module | None:
        """``piece`` set in the rail at ``y``, keeping to the main story's depth, or running
        deeper (to :meth:`_rail_limit`) when that lets it end on this page."""
        span = self.count - column
        module = self.place(piece, column, span, y, top + depth - y, importance, page.number)
        if module is None or module.jump_out:
            limit = self._rail_limit(page, top, depth) - y
            longer = self.place(piece, column, span, y, limit, importance, page.number)
            if longer is not None and not longer.jump_out:
                module = longer
        return module

    def _better_below(
        self, module: Module, piece: Piece, row_bottom: float, page: PagePlan
    ) -> bool:
        """Whether a rail story that would jump (``module``) fits whole across the page
        under its row instead: a page with room at its foot never sends a story on."""
        return module.jump_out and self._fits_below(piece, row_bottom, page)

    def _fits_below(self, piece: Piece, row_bottom: float, page: PagePlan) -> bool:
        """Whether the start of a story fits whole across the page under a row."""
        if piece.part > 0:
            return False
        y = row_bottom + ROW_GAP
        below = self.place(piece, 0, self.count, y, page.bottom - y, STANDARD, page.number)
        return below is not None and not below.jump_out

    def _rail_limit(self, page: PagePlan, top: float, depth: float) -> float:
        """How deep a rail beside a main story of ``depth`` may run: a little past the main
        story (so a rail story can end on the page), never a long single column beside a
        short one, which leaves the main columns under it empty."""
        overrun = RAIL_OVERRUN_SHARE * (page.bottom - page.top)
        return min(page.bottom, top + max(depth, 0.0) + overrun)

    def _fill_rail(
        self,
        page: PagePlan,
        queue: deque[Piece],
        carry: deque[Piece],
        top: float,
        depth: float,
        column: int,
    ) -> float:
        """Stack stories in the rail beside a main story; returns the rail's depth.

        Rail stories keep to the main story's depth, except that one which would jump may run
        deeper, down to the foot of the page, when that lets it end on this page.
        """
        span = self.count - column
        importance = STANDARD if span >= 3 else MINOR
        y = top
        while queue:
            module = self._rail_module(queue[0], column, y, top, depth, importance, page)
            if module is None or (module.jump_out and queue[0].part > 0):
                break  # a continuation never jumps again from a rail: it opens the next row
            if self._better_below(module, queue[0], max(top + depth, y - ROW_GAP), page):
                break
            if y > top + depth + STACK_LINES * self.line and self._fits_below(
                queue[0], y - ROW_GAP, page
            ):
                break  # the rail is deeper than the main story already: a row of its own
            queue.popleft()
            self._accept(module, page, carry)
            y += module.height + ROW_GAP
            if module.jump_out:
                break
        return max(0.0, y - ROW_GAP - top)

    def plan(
        self,
        front_top: float,
        inner_top: float,
        bottom: float,
        pages_of: SourcePages | None = None,
    ) -> Plan:
        """Lay out every story; pages are numbered from 1.

        ``pages_of``: the source's pagination (each story's first page, and the page a jumped
        story continued on); without it the stories fill pages in order (reflow).
        """
        if pages_of is not None:
            return self._plan_source(front_top, inner_top, bottom, pages_of)
        queue: deque[Piece] = deque(
            Piece(i, list(story.body)) for i, story in enumerate(self.stories)
        )
        pages: list[PagePlan] = []
        carry: deque[Piece] = deque()
        while queue or carry or not pages:
            queue.extendleft(reversed(carry))
            carry = deque()
            number = len(pages) + 1
            page = PagePlan(number, front_top if number == 1 else inner_top, bottom)
            if number == 1:
                page, queue, carry = self._reflow_front(front_top, bottom, list(queue))
            else:
                self._fill_page(page, queue, carry)
            if not page.modules and queue:  # only when a piece fits no page: reported, skipped
                self.log.add(FORCED_FIT, "a story could not be placed on any page", page=number)
                queue.popleft()
            pages.append(page)
        _check_resolution(pages, self.log)
        _feather(pages[:-1], self.style.page.margin_left, FEATHER_LINES * self.line)
        return _finish(pages)

    def _reflow_front(
        self, top: float, bottom: float, own: list[Piece]
    ) -> tuple[PagePlan, deque[Piece], deque[Piece]]:
        """The front page in reflow: filled in story order, its lead run deeper when it would
        jump over an empty foot (:meth:`_lead_later`)."""

        def compose() -> tuple[PagePlan, deque[Piece], deque[Piece]]:
            return self._compose(1, top, bottom, own, [])

        try:
            return self._lead_later(compose, compose())
        finally:
            self.lead_cap = None

    def _plan_source(
        self, front_top: float, inner_top: float, bottom: float, pages_of: SourcePages
    ) -> Plan:
        """Page for page: a page takes the continuations due on it, then the stories the source
        started on it, in the source's order (which is the issue's article order; a reader
        of the republished page finds them in the same order). A story that does not start
        on its page starts on the next. With ``pages_of.join`` (``auto``), a page whose matter
        leaves a hole takes the whole of the next source page when it fits (:meth:`_join`).
        """
        pending: dict[int, list[Piece]] = {}
        for i, story in enumerate(self.stories):
            first = pages_of.first.get(i, 1)
            pending.setdefault(first, []).append(Piece(i, list(story.body)))
        waiting: list[tuple[int, Piece]] = []
        queue: deque[Piece] = deque()
        pages: list[PagePlan] = []
        #: The last source page whose matter is placed (joined pages move it on).
        cursor = 0
        while pending or queue or waiting or not pages:
            number = len(pages) + 1
            upto = max(number, cursor + 1)
            if not queue and not pending.get(upto) and all(t > upto for t, _ in waiting):
                # Nothing for this page (the source had adverts or only continuations here):
                # the next page's matter comes forward rather than an empty page.
                upto = min([*pending, *(t for t, _ in waiting)], default=upto)
            due = [piece for target, piece in waiting if target <= upto]
            waiting = [(target, piece) for target, piece in waiting if target > upto]
            own = [*due, *queue, *pending.pop(upto, [])]
            top = front_top if number == 1 else inner_top
            source = upto
            if pages_of.join:
                upto = self._join(number, top, bottom, own, pending, waiting, upto)
                self.jumping = set()
                waiting = [(target, piece) for target, piece in waiting if target > upto]
            cursor = max(cursor, upto)
            movable = self._movable(pending, bottom - inner_top)
            # the last page may end short: its last story keeps the readable width
            self.fill_width = bool(pending or waiting)
            page, queue, carry = self._fill_grown(number, top, bottom, own, movable)
            page.source = source
            taken = {module.story for module in page.modules}
            for later in list(pending):
                pending[later] = [p for p in pending[later] if p.story not in taken]
                if not pending[later]:
                    del pending[later]
            if not page.modules and queue:
                self.log.add(FORCED_FIT, "a story could not be placed on any page", page=number)
                queue.popleft()
            for piece in carry:
                target = max(upto + 1, pages_of.continued.get(piece.story, 0))
                waiting.append((target, piece))
            pages.append(page)
        _check_resolution(pages, self.log)
        _feather(pages[:-1], self.style.page.margin_left, FEATHER_LINES * self.line)
        return _finish(pages)

    def _join(
        self,
        number: int,
        top: float,
        bottom: float,
        own: list[Piece],
        pending: dict[int, list[Piece]],
        waiting: list[tuple[int, Piece]],
        upto: int,
    ) -> int:
        """Join short source pages: while the page's matter (``own``, extended in place) is
        all set with a hole over ``JOIN_SLACK_SHARE`` of the page at its foot, the next source
        page's matter (the continuations due there, then the stories it started, in the
        source's order) comes onto this page as far as it fits whole; returns the last source
        page wholly joined (the rest of a page joined in part opens the next page).

        Nothing jumps for a join and the source's order is kept: a story joined follows the
        matter of the page before it, as it did in the source.
        """
        depth = bottom - top
        self.fill_width = True
        while True:
            later = [*pending, *(t for t, _ in waiting)]
            if not later:
                return upto
            following = min(later)
            page, queue, carry = self._compose(number, top, bottom, own, [])
            if queue or bottom - page_depth(page) < JOIN_SLACK_SHARE * depth:
                return upto
            # a story of its own that jumps anyway (a front-page lead held to its share of
            # the page) may jump still, with the next page's matter under it
            self.jumping = {piece.story for piece in carry}
            extra = [piece for target, piece in waiting if target <= following]
            extra += pending.get(following, [])
            taken = 0
            while taken < len(extra) and self._fits_whole(
                number, top, bottom, [*own, *extra[: taken + 1]]
            ):
                taken += 1
            pool = [*own, *extra[:taken]]
            brief = None
            if taken < len(extra):
                if self._starts_here(number, top, bottom, pool, extra[taken]):
                    # the next story does not fit whole: it starts in the hole and jumps (the
                    # jump rule holds: at least JUMP_MIN_LINES here and going over)
                    taken += 1
                else:
                    brief = self._swap_brief(number, top, bottom, pool, extra[taken : taken + 1])
                    if brief is not None:
                        taken += 1
            if not taken:
                return upto
            moved = {id(piece) for piece in extra[:taken]}
            own[:] = [*own, *extra[:taken]]
            if brief is not None:
                own.remove(brief)
            waiting[:] = [(t, piece) for t, piece in waiting if id(piece) not in moved]
            rest = [piece for piece in pending.pop(following, []) if id(piece) not in moved]
            if brief is not None:
                rest.insert(0, brief)  # the brief given up opens the next page
            if rest:
                # part of the next page joined: the rest of it opens the next page
                pending[following] = rest
                return upto
            upto = following

    def _swap_brief(
        self, number: int, top: float, bottom: float, own: list[Piece], extra: list[Piece]
    ) -> Piece | None:
        """When the next source page's first matter (``extra``) does not fit whole in the
        page's hole, a brief of the page's own (movable: never its opening story) may give it
        its place: the brief, the last first, goes on to open the next page when without it
        ``extra`` fits whole and the page ends deeper than it did. Returns the brief (the
        caller moves it); None when no swap fills the page better. A page designer
        moves a brief to fill a hole with a story that would not fit beside it."""
        if not extra or extra[0].part:
            return None
        depth = page_depth(self._compose(number, top, bottom, own, [])[0])
        limit = MOVABLE_SHARE * (bottom - top)
        for brief in reversed(own[1:]):
            if brief.part or natural_height(brief.flows, self.col_w) > limit:
                continue
            trial = [piece for piece in own if piece is not brief] + extra
            if not self._fits_whole(number, top, bottom, trial):
                continue
            if page_depth(self._compose(number, top, bottom, trial, [])[0]) > depth:
                return brief
        return None

    def _starts_here(
        self, number: int, top: float, bottom: float, own: list[Piece], piece: Piece
    ) -> bool:
        """Whether ``piece`` (a story's start) can open in the page's hole under all of its
        own matter, jumping to the next page."""
        if piece.part:
            return False
        trial, rest, over = self._compose(number, top, bottom, [*own, piece], [])
        placed = _parts(trial)
        if rest or (piece.story, 0) not in placed or len(placed) != len(own) + 1:
            return False
        return all(carried.story in self.jumping | {piece.story} for carried in over)

    def _fits_whole(self, number: int, top: float, bottom: float, pieces: list[Piece]) -> bool:
        """Whether every piece is set whole on the page (none jumps, none is left over)."""
        self.whole_only = True
        try:
            trial, rest, over = self._compose(number, top, bottom, pieces, [])
        finally:
            self.whole_only = False
        jumped = {piece.story for piece in over}
        return not rest and jumped <= self.jumping and len(_parts(trial)) == len(pieces)

    def _movable(self, pending: dict[int, list[Piece]], body_h: float) -> list[Piece]:
        """Stories a page may take from later pages to fill its hole, nearest page first:
        briefs and short stories (a body of at most ``MOVABLE_SHARE`` of a page's depth in one
        column), never the story a source page opened with (its lead keeps its page)."""
        out: list[Piece] = []
        for later in sorted(pending):
            for piece in pending[later][1:]:
                if natural_height(piece.flows, self.col_w) <= MOVABLE_SHARE * body_h:
                    out.append(piece)
        return out

    def _compose(
        self, number: int, top: float, bottom: float, own: list[Piece], movable: list[Piece]
    ) -> tuple[PagePlan, deque[Piece], deque[Piece]]:
        """A page with its own matter and, when all of that is set with room to spare, the
        movable stories that fit whole below it; returns the page, what of its own matter is
        left, and what continues on a later page."""
        page = PagePlan(number, top, bottom)
        queue, carry = deque(own), deque[Piece]()
        self._fill_page(page, queue, carry)
        if movable and not queue and not carry:
            self.whole_only = True
            try:
                self._fill_page(page, deque(movable), carry)
            finally:
                self.whole_only = False
        return page, queue, carry

    def _fill_grown(
        self, number: int, top: float, bottom: float, own: list[Piece], movable: list[Piece]
    ) -> tuple[PagePlan, deque[Piece], deque[Piece]]:
        """:meth:`_compose` (with a front lead that jumps over an empty foot run deeper,
        :meth:`_lead_later`), then, when the page's matter is all set and leaves a hole at the
        foot, its lead photos grown (up to ``MAX_GROW``) as far as keeps the same stories on
        the page: what a page designer does with a page whose stories run short."""
        try:
            return self._grown(number, top, bottom, own, movable)
        finally:
            self.lead_cap = None

    def _grown(
        self, number: int, top: float, bottom: float, own: list[Piece], movable: list[Piece]
    ) -> tuple[PagePlan, deque[Piece], deque[Piece]]:
        def compose() -> tuple[PagePlan, deque[Piece], deque[Piece]]:
            return self._compose(number, top, bottom, own, movable)

        page, queue, carry = self._lead_later(compose, compose())
        slack = bottom - page_depth(page)
        if queue or carry or slack < SLACK_SHARE * (bottom - top) or not _has_photo(page):
            return page, queue, carry
        placed = _parts(page)
        real_log, self.log = self.log, Log()
        low, high = 1.0, MAX_GROW
        try:
            for _ in range(GROW_STEPS):
                self.grow = (low + high) / 2
                trial, rest, over = self._compose(number, top, bottom, own, movable)
                fits = page_depth(trial) <= bottom + 0.01
                if fits and not rest and not over and _parts(trial) == placed:
                    low = self.grow
                else:
                    high = self.grow
        finally:
            self.log = real_log
            self.grow = 1.0
        if low == 1.0:  # the trials re-linked the parts: plan the page again as it was
            return self._compose(number, top, bottom, own, movable)
        self.grow = low
        try:
            return self._compose(number, top, bottom, own, movable)
        finally:
            self.grow = 1.0


def _row_empty(main: float, rail: float, main_span: int, rail_span: int) -> float:
    """The empty area of a row (column points): beside the shorter of its main story and
    its rail, down to the deeper one."""
    depth = max(main, rail)
    return main_span * (depth - main) + rail_span * (depth - rail)


def _undo(
    page: PagePlan,
    count: int,
    queue: deque[Piece],
    queued: list[Piece],
    carry: deque[Piece],
    carried: list[Piece],
) -> None:
    """Take a trial row off ``page`` (its modules from ``count`` on), restoring the queue
    and the carried pieces as they were before it."""
    for module in page.modules[count:]:
        if module.previous is not None and module.previous.next is module:
            module.previous.next = None
    del page.modules[count:]
    queue.clear()
    queue.extend(queued)
    carry.clear()
    carry.extend(carried)


def _columns_less(room: float, span: int, held: float) -> list[float]:
    """Heights of ``span`` columns of ``room`` with ``held`` taken off the foot of the last
    ones (the last column first, the one before when the last is used up)."""
    heights = [room] * span
    for i in reversed(range(span)):
        take = min(held, heights[i])
        heights[i] -= take
        held -= take
    return heights


def _feather(pages: list[PagePlan], left: float, most: float) -> None:
    """Vertical justification: on a page that ends short (every page but the issue's last),
    the space at its foot goes between its rows, at most ``most`` more per gap, as a page
    designer opens the row spacing rather than leave one hole at the foot. A row is a story
    set at the left margin with the rail beside it; a rail's stack moves with its row."""
    for page in pages:
        starts = sorted({m.top for m in page.modules if abs(m.x - left) < 1})
        if len(starts) < 2:
            continue
        extra = min(most, (page.bottom - page_depth(page)) / (len(starts) - 1))
        if extra <= 0:
            continue
        for module in page.modules:
            row = max((i for i, s in enumerate(starts) if s <= module.top + 0.01), default=0)
            if row and abs(module.top - starts[row]) < 0.01:
                module.space_above = extra  # the rule over the row goes mid-gap
            module.top += row * extra


@dataclass(frozen=True, slots=True)
class Hole:
    """An empty rectangle of whole columns, from ``top`` down to ``bottom``."""

    column: int
    span: int
    top: float
    bottom: float

    def area(self) -> float:
        return self.span * max(0.0, self.bottom - self.top)


def enclosed_hole(
    count: int, boxes: Sequence[tuple[int, int, float, float]], page_top: float, page_bottom: float
) -> Hole | None:
    """The largest empty rectangle of adjacent columns anywhere on a page: under something set
    in them (or the page's top) down to the next thing set in them (or the page's foot), a
    row gap kept from each. ``boxes``: (first column, last column, top, bottom) of what is set
    (a main story ending above the rail beside it leaves such a hole above the next row)."""
    best: Hole | None = None
    tops = [page_top, *(bottom + ROW_GAP for _, _, _, bottom in boxes)]
    for first in range(count):
        for last in range(first, count):
            inside = [b for b in boxes if b[0] <= last and b[1] >= first]
            for top in tops:
                if any(b[2] - ROW_GAP < top < b[3] + ROW_GAP - 0.01 for b in inside):
                    continue  # the top is inside (or too close under) something set here
                below = [b[2] - ROW_GAP for b in inside if b[2] >= top]
                hole = Hole(first, last - first + 1, top, min(below, default=page_bottom))
                if best is None or hole.area() > best.area() + 0.01:
                    best = hole
    return best


def page_boxes(page: PagePlan, style: Style) -> list[tuple[int, int, float, float]]:
    """What is set on ``page`` (modules and digests): (first column, last column, top,
    bottom) each."""
    step = style.column_width + style.columns.gutter
    parts = [(m.x, m.span, m.top, m.top + m.height) for m in page.modules]
    parts += [(d.x, d.span, d.top, d.top + d.height) for d in page.digests]
    out = []
    for x, span, top, bottom in parts:
        first = round((x - style.page.margin_left) / step)
        out.append((first, first + span - 1, top, bottom))
    return out


def page_depth(page: PagePlan) -> float:
    """Where the page's lowest module ends (its top when it has none)."""
    return max((m.top + m.height for m in page.modules), default=page.top)


def _parts(page: PagePlan) -> set[tuple[int, int]]:
    return {(module.story, module.part) for module in page.modules}


def _others_jump(page: PagePlan) -> bool:
    """Whether a story on the page but its first jumps (a lead run deeper must not squeeze
    the stories under it into strips that jump)."""
    return any(module.jump_out for module in page.modules[1:])


def _has_photo(page: PagePlan) -> bool:
    """Whether some story on the page opens with a photo (which could grow)."""
    return any(isinstance(flow, FigureFlowable) for m in page.modules for flow, _, _ in m.header)


@dataclass(frozen=True, slots=True)
class SourcePages:
    """The source's pagination: story index -> first page, and -> page it continued on."""

    first: dict[int, int]
    continued: dict[int, int]
    #: Short source pages may be joined (``auto``); ``source`` keeps every page.
    join: bool = False


def _check_resolution(pages: list[PagePlan], log: Log) -> None:
    """Warn about every photo printed below ``MIN_PPI`` (the writer never upscales silently:
    a photo is set at the column's width, and this says when that is more than it holds)."""
    for page in pages:
        for module in page.modules:
            flows = [flow for flow, _, _ in module.header]
            flows += [placed.flowable for column in module.fill.columns for placed in column]
            for flow in flows:
                if not isinstance(flow, FigureFlowable) or flow.image is None:
                    continue
                pixels = flow.pixels_wide
                if pixels <= 4:
                    continue
                ppi = printed_ppi(pixels, flow.printed_width)
                if ppi < MIN_PPI:
                    note = low_resolution_note(flow.name, pixels, ppi, page.number)
                    log.add(LOW_RESOLUTION, note, page=page.number)


def _finish(pages: list[PagePlan]) -> Plan:
    first_page: dict[int, int] = {}
    for page in pages:
        for module in page.modules:
            first_page.setdefault(module.story, page.number)
    return Plan(pages=pages, first_page=first_page)
