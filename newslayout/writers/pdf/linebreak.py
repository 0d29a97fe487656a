"""Total-fit paragraph breaking (Knuth and Plass), on measured words.

ReportLab breaks lines first-fit: each line takes as many words as fit, so a long word that
just misses leaves the line it could not join with wide gaps. Here the breaks of a whole
paragraph are chosen together, minimising the sum of each line's demerits (TeX's model: the
badness of its spacing, a penalty per hyphen, more for two hyphens in a row and for a hyphen on
the paragraph's second-to-last line, and for a tight line next to a loose one). Hard rules:
never three hyphenated lines in a row, and (first pass) no gap wider than ``max_gap``.

A line whose spaces alone would exceed the gap limit may also have its glyphs widened a
little (``expand``: at most this share, pdfTeX's font expansion) and then be letter-spaced a
little (``letter_space``: the most added after each character), as a typesetter's
justification settings allow; it is not loose when that brings its gaps under the limit
(:func:`justify`). The visible gap between two words is then the (widened) space plus its
stretch plus the tracking after the word's last letter and after the space.

The other way, a line a little too long for its measure at the tightest word spacing may
have its glyphs narrowed (``condense``, pdfTeX's font shrink) and then its letters drawn
closer (``tighten``) so that it fits (:func:`squeeze`); such a line costs
``SQUEEZE_DEMERITS`` more, so the breaker takes it only where it spares the paragraph a
loose line (one more word on a line, instead of a gap of an em beside a long word).

The input is abstract (widths only), so the module is pure and testable; :mod:`.typeset`
measures ReportLab's words and replays the chosen breaks.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A space may stretch to 1 + this share of itself at ratio 1, and shrink by SHRINK of itself.
STRETCH = 0.6
SHRINK = 0.3
LINE_PENALTY = 10.0
HYPHEN_PENALTY = 50.0
DOUBLE_HYPHEN_DEMERITS = 3000.0
FINAL_HYPHEN_DEMERITS = 5000.0
FITNESS_DEMERITS = 3000.0
#: The cost of a line whose spaces exceed the gap limit (second pass): more than any spacing.
LOOSE_DEMERITS = 1e9
#: A tracked line aims this far under the gap limit (a line set right at it can measure a
#: hair over it once the PDF's coordinates are rounded).
TRACK_AIM = 0.97
#: At most this many hyphenated lines in a row.
MAX_HYPHEN_RUN = 2
#: The cost of a line set tighter than its spaces alone allow (narrowed glyphs, closer
#: letters): far above a hyphen or an uneven line, far below a loose one.
SQUEEZE_DEMERITS = 1e5


@dataclass(frozen=True, slots=True)
class Word:
    """A word: its width, the width of the space after it, and where it may be hyphenated.

    ``splits``: (head width including the hyphen, tail width) for every hyphenation point;
    ``chars``: how many characters it prints (tracking adds to each).
    """

    width: float
    space: float
    splits: tuple[tuple[float, float], ...] = ()
    chars: int = 0


@dataclass(frozen=True, slots=True)
class Break:
    """A line ends after ``word``, or inside it at ``split`` (an index into its splits)."""

    word: int
    split: int = -1

    @property
    def hyphen(self) -> bool:
        return self.split >= 0


@dataclass(slots=True)
class _Node:
    brk: Break | None
    line: int
    fitness: int
    run: int
    total: float
    prev: _Node | None


def _fitness(ratio: float) -> int:
    if ratio < -0.5:
        return 0
    if ratio <= 0.5:
        return 1
    if ratio <= 1.0:
        return 2
    return 3


class _Sums:
    """Prefix sums of word widths, spaces and space counts: a line's measure in O(1)."""

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.width = [0.0]
        self.space = [0.0]
        self.count = [0]
        self.chars = [0]
        for word in words:
            self.width.append(self.width[-1] + word.width)
            self.space.append(self.space[-1] + word.space)
            self.count.append(self.count[-1] + (1 if word.space > 0 else 0))
            self.chars.append(self.chars[-1] + word.chars)

    def chars_of(self, start: Break | None, end: Break) -> int:
        """Characters of the line from ``start`` to ``end`` (spaces included; a broken word
        counts whole on both lines: tracking is a small correction, so an estimate will do)."""
        first = 0 if start is None else start.word + (0 if start.hyphen else 1)
        if first > end.word:
            return 0
        return self.chars[end.word + 1] - self.chars[first] + (end.word - first)

    def line(self, start: Break | None, end: Break) -> tuple[float, float, int] | None:
        """(natural width, total space, spaces) of the line from ``start`` to ``end``."""
        first = 0 if start is None else start.word + (0 if start.hyphen else 1)
        last = end.word
        if first > last:
            return None
        inside = start is not None and start.hyphen
        if inside and end.hyphen and first == last:
            return None  # the tail of a hyphenated word is not hyphenated again
        width = self.width[last + 1] - self.width[first]
        if inside:
            assert start is not None
            word = self.words[first]
            width += word.splits[start.split][1] - word.width
        if end.hyphen:
            word = self.words[last]
            width += word.splits[end.split][0] - word.width
        space = self.space[last] - self.space[first]
        return width + space, space, self.count[last] - self.count[first]


#: The loosest line the second pass (no gap limit) accepts, as a stretch ratio.
MAX_RATIO = 10.0


def _ratio(slack: float, stretch: float, shrink: float, final: bool) -> float:
    """How far a line's spaces are stretched (>0) or shrunk (<0) to fill its measure."""
    if final and slack >= 0:
        return 0.0  # the last line is set at its natural spacing
    if slack >= 0:
        return min(MAX_RATIO, slack / stretch) if stretch else (0.0 if slack < 1e-6 else MAX_RATIO)
    return slack / shrink if shrink else -2.0


def tracking(slack: float, spaces: int, chars: int, space: float, gap: float, most: float) -> float:
    """The letter-spacing that brings a justified line's visible gaps down to ``gap`` (0 when
    its spaces alone do, at most ``most``): ``slack`` is the line's extra width, shared by its
    ``spaces`` inter-word spaces and, as tracking, by the ``chars`` - 1 character advances
    inside it; ``space`` is the natural space."""
    if most <= 0 or spaces <= 0 or chars < 2:
        return 0.0
    if space + slack / spaces <= gap:
        return 0.0
    # visible gap = space + (slack - (chars - 1) * t) / spaces + 2 * t  (solve for t)
    per = (chars - 1) / spaces - 2
    if per <= 0:
        return 0.0
    wanted = (slack / spaces - (gap - space)) / per
    return max(0.0, min(most, wanted))


def visible_gap(slack: float, spaces: int, chars: int, space: float, track: float) -> float:
    """The gap between two words of a justified line set with ``track`` letter-spacing."""
    return space + (slack - (chars - 1) * track) / spaces + 2 * track


@dataclass(frozen=True, slots=True)
class Justified:
    """How a justified line is set: its glyphs widened by ``scale`` (1: not), ``track``
    added after each character (in unscaled points), and the widest gap that leaves."""

    scale: float = 1.0
    track: float = 0.0
    gap: float = 0.0


def justify(
    measure: float,
    natural: float,
    glyphs: float,
    spaces: int,
    chars: int,
    space: float,
    *,
    aim: float,
    expand: float,
    letter_space: float,
) -> Justified:
    """Widening and tracking for a justified line whose spaces alone would leave gaps over
    ``aim``: first the glyphs widen (at most ``expand``), then tracking (at most
    ``letter_space``) takes what is left, so that the gaps come down to ``aim`` if they can.

    ``natural`` is the line's width at its natural spacing, ``glyphs`` that width without the
    spaces; under a horizontal scale every advance (glyphs, spaces, tracking) scales.
    """
    if spaces <= 0 or measure <= natural:
        return Justified(gap=space)
    plain = space + (measure - natural) / spaces
    if plain <= aim:
        return Justified(gap=plain)
    scale = 1.0
    if expand > 0 and glyphs > 0:
        # the scale at which plain word spacing gives gaps of ``aim``
        scale = min(1.0 + expand, max(1.0, (measure - spaces * aim) / glyphs))
    slack = measure / scale - natural
    track = tracking(slack, spaces, chars, space, aim / scale, letter_space)
    gap = scale * visible_gap(slack, spaces, chars, space, track)
    return Justified(scale, track, gap)


def squeeze(
    measure: float,
    natural: float,
    glyphs: float,
    spaces: float,
    chars: int,
    *,
    count: int,
    condense: float,
    tighten: float,
) -> Justified | None:
    """How a line longer than ``measure`` at its tightest word spacing is made to fit: its
    glyphs narrowed (at most ``condense``), then its letters drawn closer (at most
    ``tighten`` before each character), its spaces (``spaces``: their natural total) still
    shrinking by ``SHRINK``; None when even that is not enough. ``natural``: the line's width
    at natural spacing, ``glyphs``: that width without the spaces. Under a horizontal scale
    every advance scales (tracking is in unscaled points, as :func:`justify` gives it)."""
    tightest = natural - SHRINK * spaces  # the line at its tightest word spacing
    if tightest <= measure:
        return Justified(gap=0.0)
    if glyphs <= 0:
        return None
    scale = max(1.0 - condense, measure / tightest)
    if scale > 1.0 - condense:
        return Justified(scale=scale)
    over = tightest - measure / scale  # what letter-spacing must take (unscaled)
    # Tracking closes the space and the letter before it too: the ``count`` spaces give those
    # two advances back, so a word gap never gets narrower than the tightest word spacing
    # (words drawn closer run together for a reader, ours included).
    advances = chars - 1 - 2 * count
    if advances < 1 or over > tighten * advances + 1e-9:
        return None
    return Justified(scale=scale, track=-over / advances)


def break_paragraph(
    words: list[Word],
    widths: list[float],
    *,
    max_gap: float | None,
    hard: bool = True,
    ends_paragraph: bool = True,
    letter_space: float = 0.0,
    expand: float = 0.0,
    condense: float = 0.0,
    tighten: float = 0.0,
    lines: int | None = None,
    plain: int | None = None,
) -> list[Break] | None:
    """The breaks of the best set of lines, or None when no set meets the limits.

    ``widths[i]`` is the measure of line i (the last repeats); ``max_gap`` caps the widest
    space of a justified line: ``hard``, no line may exceed it; otherwise a line over it costs
    ``LOOSE_DEMERITS`` more. ``ends_paragraph`` False: the words are the first part of a
    paragraph split between columns, whose last line is justified like any other.
    ``letter_space``, ``expand``: the most tracking and glyph widening a line may take to stay
    under ``max_gap`` (:func:`justify`); ``condense``, ``tighten``: the most glyph narrowing
    and negative letter-spacing a line may take to fit (:func:`squeeze`). ``lines``: the best
    set of exactly that many lines (TeX's ``\\looseness``: a paragraph set a line looser or
    tighter so that a story's columns come out even), None when no such set meets the limits.
    ``plain``: the line (counted from 1) that may not end in a hyphen, where the paragraph is
    split between columns (a word broken over a column's foot is read as two).
    """
    gap_limit = max_gap if max_gap is not None else float("inf")
    if not words:
        return []
    sums = _Sums(words)
    widest = max(w.space for w in words)
    candidates: list[Break] = []
    for i, word in enumerate(words):
        # shortest head first: along the candidates, every line from a node only grows
        heads = sorted(range(len(word.splits)), key=lambda k: word.splits[k][0])
        candidates.extend(Break(i, k) for k in heads)
        candidates.append(Break(i))
    start = _Node(None, 0, 1, 0, 0.0, None)
    # with a line count to meet, paths of different lengths are kept apart (the count is part
    # of a node's key); with a plain line, until that line (paths past it all meet the rule);
    # otherwise the count stays 0 in the key, as plain Knuth-Plass has it
    active: dict[tuple[int, int, int, int, int], _Node] = {(-1, -1, 1, 0, 0): start}
    last_word = len(words) - 1
    best: _Node | None = None
    for end in candidates:
        final = end.word == last_word and not end.hyphen and ends_paragraph
        reached: dict[tuple[int, int, int], _Node] = {}
        for key, node in list(active.items()):
            if lines is not None and node.line >= lines:
                continue  # this path already has every line it may have
            if end.hyphen and node.line + 1 == plain:
                continue  # the line the paragraph is split after
            measure = sums.line(node.brk, end)
            if measure is None:
                continue
            width, space, spaces = measure
            slack = widths[min(node.line, len(widths) - 1)] - width
            ratio = _ratio(slack, space * STRETCH, space * SHRINK, final)
            squeezed = ratio < -1
            if squeezed:
                fits = (condense > 0 or tighten > 0) and squeeze(
                    width + slack,
                    width,
                    width - space,
                    space,
                    sums.chars_of(node.brk, end),
                    count=spaces,
                    condense=condense,
                    tighten=tighten,
                )
                if not fits:
                    del active[key]  # every later break only makes this line longer
                    continue
                ratio = -1.0
            too_loose = max_gap is not None and (not spaces or widest + slack / spaces > gap_limit)
            if too_loose and spaces and (letter_space > 0 or expand > 0) and slack > 0:
                chars = sums.chars_of(node.brk, end)
                set_as = justify(
                    width + slack,
                    width,
                    width - space,
                    spaces,
                    chars,
                    widest,
                    aim=TRACK_AIM * gap_limit,
                    expand=expand,
                    letter_space=letter_space,
                )
                too_loose = set_as.gap > gap_limit + 1e-6
            loose = not final and slack > 0 and too_loose
            if loose and hard:
                continue  # too loose for this pass (a later break may fit)
            run = node.run + 1 if end.hyphen else 0
            if run > MAX_HYPHEN_RUN:
                continue
            demerits = (LINE_PENALTY + 100.0 * abs(ratio) ** 3) ** 2
            if loose:
                demerits += LOOSE_DEMERITS  # as few lines over the limit as can be
            if squeezed:
                demerits += SQUEEZE_DEMERITS
            if end.hyphen:
                demerits += HYPHEN_PENALTY**2
                if node.brk is not None and node.brk.hyphen:
                    demerits += DOUBLE_HYPHEN_DEMERITS
            if final and node.brk is not None and node.brk.hyphen:
                demerits += FINAL_HYPHEN_DEMERITS
            fitness = _fitness(ratio)
            if abs(fitness - node.fitness) > 1 and not final:
                demerits += FITNESS_DEMERITS
            total = node.total + demerits
            slot = (fitness, run, _count_key(node.line + 1, lines, plain))
            if slot not in reached or total < reached[slot].total:
                reached[slot] = _Node(end, node.line + 1, fitness, run, total, node)
        for (fitness, run, count), node in reached.items():
            if end.word == last_word and not end.hyphen:
                if lines is not None and node.line != lines:
                    continue
                if best is None or node.total < best.total:
                    best = node
            else:
                active[(end.word, end.split, fitness, run, count)] = node
        if not active and best is None:
            return None
    if best is None:
        return None
    breaks: list[Break] = []
    step: _Node | None = best
    while step is not None and step.brk is not None:
        breaks.append(step.brk)
        step = step.prev
    return breaks[::-1]


def _count_key(line: int, lines: int | None, plain: int | None) -> int:
    """The line count a node is kept apart by: its own with a count to meet, its own up to
    the plain line (all paths past it are alike) with one, else none (0)."""
    if lines is not None:
        return line
    if plain is not None:
        return min(line, plain + 1)
    return 0
