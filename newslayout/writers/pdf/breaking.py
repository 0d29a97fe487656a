"""Total-fit breaking for ReportLab paragraphs: measure, choose breaks, replay them.

ReportLab's ``Paragraph.breakLines`` is first-fit and also builds the line structures its
drawing code needs (plain word lists for a one-style paragraph, fragment lines for several
styles). Rather than rebuild those structures, the writer measures the paragraph's words the
way ReportLab does, lets :mod:`.linebreak` choose the breaks, and then runs ReportLab's own
breaker with a *per-line width* equal to each chosen line's natural width: first-fit then
takes exactly the chosen words (and the chosen hyphenation, the longest head that fits).
Each line's spare space is then set back to the real measure, so justification stretches
the line to the column. If the replay does not give the planned lines (a construct this
module does not measure), the caller keeps ReportLab's first-fit result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import (
    _getFragWords,
    _HSFrag,
    _hy_letters_pat,
    _hy_pfx_pat,
    _hy_sfx_pat,
    _processed_frags,
    hyphenationMinWordLength,
)
from reportlab.platypus.paragraph import split as split_words

from newslayout.writers.pdf.linebreak import (
    TRACK_AIM,
    Break,
    Justified,
    Word,
    break_paragraph,
    justify,
    squeeze,
)
from newslayout.writers.pdf.tracking import TrackedWords, install

#: The widest inter-word space the first pass allows, in ems of the body size.
MAX_GAP_EM = 0.6
#: The most letter-spacing a justified line may take to keep its gaps under MAX_GAP_EM, in
#: ems (added after each character; about a twelfth of a word space: a slight, even colour
#: change, less than a newspaper's justification settings allow, where a 1 em gap is a hole).
LETTER_SPACE_EM = 0.025
#: The most a loose justified line's glyphs may be widened (pdfTeX's microtype expands fonts
#: by up to 2%; below what a reader notices, and it spares the line most of its tracking).
EXPAND = 0.02
#: The most a tight justified line's glyphs may be narrowed (PDF ``Tz``), so one more word
#: fits rather than a line going loose: in the narrow columns of a newspaper (14-18 ems, 3-5
#: spaces a line) most loose lines were a word too long for the line before. 3% is the
#: glyph scaling newspaper H&J settings allow (97-103%); measured on ``make typo``: loose
#: lines 118/37/65/39 -> 50/10/25/16 over the four styles, no page more over the hole limit.
CONDENSE = 0.03
#: How much closer a tight line's letters may be drawn (ems). OFF: letter-spacing drawn
#: closer also narrows the spaces (``Tc`` applies to them too), and at 0.03 em a space fell
#: under the word gap a PDF reader (ours, pdfplumber's) needs, so words ran together on
#: reading back ("asmallerlevy"); the round-trip tests catch it.
TIGHTEN_EM = 0.0


@dataclass(frozen=True, slots=True)
class Limits:
    """How far a justified line may be widened and tracked (loose), or narrowed and
    tightened (tight), to keep its gaps under the cap."""

    letter_space_em: float
    expand: float
    condense: float = 0.0
    tighten_em: float = 0.0


#: The limits tried first (a slight widening and tracking, as microtype sets them): most
#: paragraphs set under the cap with these, and keep the lines they had before the wider
#: limits came.
QUIET = Limits(letter_space_em=0.025, expand=0.02)
#: Added to a planned line's natural width so that rounding never pushes a word off it.
_EPSILON = 0.01

_SHY = "\u00ad"

#: Memoised measurements (a word in a font; the breaks of a paragraph's words in a measure).
#: Balancing and jump refills set the same paragraphs again and again, each time as new
#: ReportLab objects (the parts of a split), so the cache is keyed by what is measured, not by
#: the paragraph; the functions are pure, so the output is the same with or without it.
WORD_CACHE = 1 << 16
BREAK_CACHE = 1 << 12


@lru_cache(maxsize=WORD_CACHE)
def _splits(
    text: str, font: str, size: float, hyphenator: Any, min_length: int
) -> tuple[tuple[float, float], ...]:
    """Hyphenation points of a word as ReportLab's ``_hyGenPair`` finds them (widths)."""
    if not callable(hyphenator) or _SHY in text:
        return ()
    match = _hy_pfx_pat.match(text)
    prefix = match.group(0) if match else ""
    core = text[len(prefix) :]
    match = _hy_sfx_pat.search(core)
    suffix = match.group(0) if match else ""
    core = core[: len(core) - len(suffix)]
    if len(core) < min_length or not _hy_letters_pat.match(core):
        return ()
    hyphen = stringWidth("-", font, size)
    out = []
    for head, tail in hyphenator(core):
        out.append(
            (
                stringWidth(prefix + head, font, size) + hyphen,
                stringWidth(tail + suffix, font, size),
            )
        )
    return tuple(out)


def measure_words(para: Any, first_width: float) -> tuple[int, list[Word]] | None:
    """(ReportLab's paragraph kind, measured words), or None for what is not measured here."""
    style = para.style
    frags = para.frags
    hyphenator = getattr(style, "hyphenationLang", None)
    min_length = getattr(style, "hyphenationMinWordLength", hyphenationMinWordLength)
    simple = len(frags) == 1 and not (
        style.endDots
        or hasattr(frags[0], "cbDefn")
        or hasattr(frags[0], "backColor")
        or _processed_frags(frags)
    )
    words: list[Word] = []
    if simple:
        frag = frags[0]
        font, size = frag.fontName, frag.fontSize
        # ReportLab's own word split: a no-break space ties words (a letter's signature),
        # where str.split() would break at it
        texts = (
            [w for w in split_words(frag.text) if w] if hasattr(frag, "text") else list(frag.words)
        )
        for text in texts:
            if not isinstance(text, str) or not text or _SHY in text:
                return None
            words.append(_word(text, font, size, hyphenator, min_length))
        return 0, words
    for fw in _getFragWords(frags, first_width):
        width = float(fw[0])
        last = fw[-1][0]
        plain = all(getattr(f, "_fkind", 0) == 0 and not hasattr(f, "cbDefn") for f, _ in fw[1:])
        if not plain:
            return None
        space = stringWidth(" ", last.fontName, last.fontSize) if isinstance(fw, _HSFrag) else 0.0
        if width <= 0:
            # An empty word carries the space between two styles ("WREN —" bold, " The"):
            # first-fit adds nothing for it but the space after it; so does the word before.
            if words and not any(str(t) for _, t in fw[1:]):
                before = words[-1]
                words[-1] = Word(before.width, before.space + space, before.splits, before.chars)
                continue
            return None
        splits: tuple[tuple[float, float], ...] = ()
        if len(fw) == 2:
            splits = _splits(str(fw[1][1]), last.fontName, last.fontSize, hyphenator, min_length)
        words.append(Word(width, space, splits, sum(len(str(t)) for _, t in fw[1:])))
    return 1, words


@lru_cache(maxsize=WORD_CACHE)
def _word(text: str, font: str, size: float, hyphenator: Any, min_length: int) -> Word:
    """One word of a one-style paragraph, measured as ReportLab measures it."""
    return Word(
        stringWidth(text, font, size),
        stringWidth(" ", font, size),
        _splits(text, font, size, hyphenator, min_length),
        len(text),
    )


@lru_cache(maxsize=BREAK_CACHE)
def _choose_breaks(
    words: tuple[Word, ...],
    widths: tuple[float, ...],
    size: float,
    ends: bool,
    looseness: int = 0,
    plain: int = 0,
) -> tuple[Break, ...] | None:
    """The breaks of the words in the measures: first every gap under the cap with the quiet
    limits (``QUIET``: a little widening and tracking, no squeezing), then with the wider
    ones; if a line still cannot be (a long name at the end of a narrow line), as few lines
    over the cap as can be, the rest of the paragraph under it. A paragraph that sets well
    with the quiet limits keeps its lines: the wider ones change only paragraphs that would
    have had a loose line.

    ``looseness``: the paragraph set that many lines longer (or, negative, shorter) than its
    best, if it can be with every gap under the cap (TeX's ``\\looseness``); else its best.
    ``plain``: the line (from 1) a split between columns ends with, set without a hyphen at
    its end if the paragraph can be in as many lines with every gap under the cap; else as
    it was (the caller sees the hyphen and splits elsewhere)."""
    best = _best_breaks(words, widths, size, ends)
    if best is None:
        return None
    chosen = best
    wide = Limits(LETTER_SPACE_EM, EXPAND, CONDENSE, TIGHTEN_EM)
    if looseness and len(best) + looseness >= 1:
        for limits in (QUIET, wide):
            breaks = _breaks(words, widths, size, ends, True, limits, len(best) + looseness)
            if breaks is not None:
                chosen = tuple(breaks)
                break
    if 0 < plain < len(chosen) and chosen[plain - 1].hyphen:
        for limits in (QUIET, wide):
            breaks = _breaks(words, widths, size, ends, True, limits, len(chosen), plain)
            if breaks is not None:
                return tuple(breaks)
    return chosen


@lru_cache(maxsize=BREAK_CACHE)
def _best_breaks(
    words: tuple[Word, ...], widths: tuple[float, ...], size: float, ends: bool
) -> tuple[Break, ...] | None:
    """The paragraph's best breaks (:func:`_choose_breaks` without a looseness)."""
    wide = Limits(LETTER_SPACE_EM, EXPAND, CONDENSE, TIGHTEN_EM)
    for hard, limits in ((True, QUIET), (True, wide), (False, wide)):
        breaks = _breaks(words, widths, size, ends, hard, limits, None)
        if breaks is not None:
            return tuple(breaks)
    return None


def _breaks(
    words: tuple[Word, ...],
    widths: tuple[float, ...],
    size: float,
    ends: bool,
    hard: bool,
    limits: Limits,
    lines: int | None,
    plain: int | None = None,
) -> list[Break] | None:
    """One pass of :func:`.linebreak.break_paragraph` with ``limits``."""
    return break_paragraph(
        list(words),
        list(widths),
        max_gap=MAX_GAP_EM * size,
        hard=hard,
        ends_paragraph=ends,
        letter_space=limits.letter_space_em * size,
        expand=limits.expand,
        condense=limits.condense,
        tighten=limits.tighten_em * size,
        lines=lines,
        plain=plain,
    )


def clear_memo() -> None:
    """Forget every memoised measurement (a benchmark times a cold write with it)."""
    _splits.cache_clear()
    _word.cache_clear()
    _choose_breaks.cache_clear()
    _best_breaks.cache_clear()


def _natural_widths(words: list[Word], breaks: Sequence[Break]) -> list[float]:
    """The natural width of every line the breaks make (as ReportLab's first-fit adds it)."""
    out: list[float] = []
    start: Break | None = None
    for end in breaks:
        first = 0 if start is None else start.word + (0 if start.hyphen else 1)
        width = 0.0
        for i in range(first, end.word + 1):
            word = words[i]
            w = word.width
            if i == first and start is not None and start.hyphen:
                w = word.splits[start.split][1]
            if i == end.word and end.hyphen:
                w = word.splits[end.split][0]
            width += w + (word.space if i < end.word else 0.0)
        out.append(width)
        start = end
    return out


def total_fit(
    para: Any,
    width: float | Sequence[float],
    first_fit: Callable[[list[float]], Any],
    looseness: int = 0,
    plain: int = 0,
) -> Any | None:
    """ReportLab's line structure for ``para`` broken total-fit, or None to keep first-fit;
    ``looseness``: lines more (or fewer) than its best, where the cap allows; ``plain``: a
    line not to end in a hyphen, where it can be (:func:`_choose_breaks`)."""
    widths = [float(w) for w in width] if isinstance(width, Sequence) else [float(width)]
    measured = measure_words(para, widths[0])
    if measured is None:
        return None
    kind, words = measured
    if not words or max(w.width for w in words) > min(widths):
        return None  # a word wider than the column: first-fit splits it
    size = float(para.style.fontSize)
    # The first part of a split paragraph is re-broken on its own words: its last line is
    # justified (it goes on in the next column), so it is set as any other line, which also
    # gives back the lines the whole paragraph had.
    ends = not getattr(para, "_splitpara", 0)
    breaks = _choose_breaks(tuple(words), tuple(widths), size, ends, looseness, plain)
    if not breaks:
        return None
    planned = [n + _EPSILON for n in _natural_widths(words, breaks)]
    result = first_fit(planned)
    lines = result.lines
    if len(lines) != len(breaks) or result.kind != kind:
        return None
    space = max(w.space for w in words)
    for i, line in enumerate(lines):
        measure = widths[min(i, len(widths) - 1)]
        # the line's natural width as ReportLab added it up (its extra space is what is left)
        natural = planned[i] - (line[0] if kind == 0 else line.extraSpace)
        # A paragraph's last line is set at its natural spacing, unless it is too long for
        # its measure: ReportLab then justifies it (shrinks its spaces), and a line the
        # breaker squeezed must be narrowed and tightened too, or its words run together.
        justified = i < len(lines) - 1 or not ends or natural > measure + _EPSILON
        if kind == 0:
            text = " ".join(str(w) for w in line[1])
            spaces = len(line[1]) - 1
        else:
            text = "".join(str(getattr(f, "text", "")) for f in line.words)
            spaces = int(line.wordCount) - 1
        set_as = (
            _justify(measure, natural, spaces, len(text), space, size) if justified else Justified()
        )
        # ReportLab spreads the extra space over the spaces, in the line's (scaled) units
        extra = measure / set_as.scale - natural - set_as.track * (len(text) - 1)
        if kind == 0:
            tracked = TrackedWords(line[1])
            tracked.track, tracked.scale = set_as.track, set_as.scale
            lines[i] = (extra, tracked)
        else:
            line.maxWidth = measure
            line.extraSpace = extra
            line.track, line.scale = set_as.track, set_as.scale
    return result


def _justify(
    measure: float, natural: float, spaces: int, chars: int, space: float, size: float
) -> Justified:
    """How a justified line is set (widened and tracked only when its spaces alone would
    exceed the cap, narrowed and tightened only when they cannot shrink enough)."""
    glyphs = natural - spaces * space
    tight = squeeze(
        measure,
        natural,
        glyphs,
        spaces * space,
        chars,
        count=spaces,
        condense=CONDENSE,
        tighten=TIGHTEN_EM * size,
    )
    if tight is not None and (tight.scale != 1.0 or tight.track):
        install()
        return tight
    set_as = justify(
        measure,
        natural,
        glyphs,
        spaces,
        chars,
        space,
        aim=TRACK_AIM * MAX_GAP_EM * size,
        expand=EXPAND,
        letter_space=LETTER_SPACE_EM * size,
    )
    if set_as.scale != 1.0 or set_as.track:
        install()
    return set_as
