"""Style roles -> ReportLab paragraph styles, and the one way to make a paragraph of a role.

Every piece of text the writer prints goes through :meth:`TypeSet.paragraph` (issue text,
escaped by :mod:`.markup`) or :meth:`TypeSet.own` (text the writer itself composed and escaped).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _SplitWordHY, _SplitWordLL

from newslayout.model import Run
from newslayout.styles import Fonts, RoleFont, Style
from newslayout.writers.pdf.breaking import total_fit
from newslayout.writers.pdf.display import balanced_breaks
from newslayout.writers.pdf.fonts import face_name
from newslayout.writers.pdf.hyphenate import Hyphenator
from newslayout.writers.pdf.markup import escape_text, runs_markup
from newslayout.writers.pdf.quotes import SmartQuotes, quotes_for

#: Roles set in display type: their last line is never a single word.
DISPLAY_ROLES = frozenset(
    {
        "headline_lead",
        "headline",
        "headline_minor",
        "deck",
        "pull_quote",
        "sidebar_title",
        # a continuation's head is the headline set smaller: display type all the same
        "jump_head",
    }
)
#: Room added to a planned line's width so the greedy breaker keeps its words on it.
_EPSILON = 0.01

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class CachedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    The layout pass measures the same paragraph several times at the same column width
    (balancing, jump refills); ReportLab re-breaks the lines on every ``wrap``.
    """

    #: ReportLab's fragments (its words once wrapped); see :meth:`_twin`.
    frags: Any
    _cached_for: float | None = None
    _source: str | None = None
    #: Lines more (or fewer, negative) than the paragraph's best setting, where every gap can
    #: stay under the cap (:func:`.breaking.total_fit`); set on a copy (:meth:`loosened`).
    looseness = 0
    #: A line (counted from 1) not to end in a hyphen: the one a split between columns ends
    #: with; set on a copy (:meth:`_split_plain`).
    plain_line = 0

    def loosened(self, looseness: int) -> CachedParagraph:
        """A copy of this paragraph set ``looseness`` lines longer (or shorter), to be wrapped
        afresh; the paragraph itself is untouched (a layout tries it in other modules too)."""
        return self._twin(looseness=looseness)

    def _twin(self, **settings: int) -> CachedParagraph:
        twin = copy.copy(self)
        # ReportLab replaces ``frags`` by the words of its last setting, a word it hyphenated
        # split in two ("ta-", "bles"): a copy set with other breaks from those printed the
        # pair mid-line ("a row of ta- bles kept"); it starts from the frags as first wrapped
        twin.frags = self.__dict__.get("_unbroken", self.frags)
        for name, value in settings.items():
            setattr(twin, name, value)
        twin._cached_for = None
        for computed in ("blPara", "width", "height", "_split_memo"):
            twin.__dict__.pop(computed, None)
        return twin

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._cached_for == avail_width and hasattr(self, "blPara"):
            return (self.width, self.height)
        if self._source is None:
            self._source = _source_text(self)  # before wrap turns the fragments into words
        # every setting starts from the frags as first wrapped (see :meth:`_twin`)
        self.frags = self.__dict__.setdefault("_unbroken", self.frags)
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._cached_for = avail_width
        mark_break_hyphens(getattr(self, "blPara", None), self._source)
        return result

    def breakLines(self, width: Any) -> Any:
        if self.style.alignment == TA_JUSTIFY:
            lines = total_fit(self, width, super().breakLines, self.looseness, self.plain_line)
            if lines is not None:
                return lines
        return super().breakLines(width)

    def split_anyhow(self, avail_width: float, avail_height: float) -> list[Any]:
        """ReportLab's own split, without the preferences below (for an empty column), but
        still re-broken, where it can be, so that the column does not end in a hyphen."""
        return self._split_plain(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Split between lines, never right after a hyphenated line (a word broken across
        columns, pages or a jump is read as two), and if it can be, not right after a
        sentence: a column ending at a full stop over a next column starting flush left is
        read as two paragraphs. Up to two lines less stay here instead (keeping two)."""
        # The balancer's trial fills ask the same paragraph the same question again and again;
        # the answer (how many lines less to keep here, or none) depends on nothing else, so it
        # is kept per width and height and only the chosen split is made again.
        memo: dict[tuple[float, float], int | None] = self.__dict__.setdefault("_split_memo", {})
        key = (avail_width, avail_height)
        if key in memo:
            chosen = memo[key]
            if chosen is None:
                return []
            height = avail_height - chosen * float(self.style.leading)
            return self._split_plain(avail_width, height)
        parts = self._split_plain(avail_width, avail_height)
        if len(parts) != 2:
            memo[key] = 0
            return parts
        leading = float(self.style.leading)
        fallback = None
        fallback_fewer = 0
        for fewer in range(3):
            height = avail_height - fewer * leading
            if fewer and height < 2 * leading:
                break
            candidate = self._split_plain(avail_width, height) if fewer else parts
            if len(candidate) != 2:
                break
            end = _last_word(candidate[0], avail_width, height)
            if _is_break_hyphen(end):
                continue
            if fallback is None:
                fallback, fallback_fewer = candidate, fewer
            if not _ends_sentence(end):
                memo[key] = fewer
                return candidate
        if avail_height < 3 * leading or (fallback is None and avail_height < 4 * leading):
            # two (or three) lines that end in a hyphen or a sentence: the paragraph goes on
            # whole to the next column instead
            memo[key] = None
            return []
        memo[key] = fallback_fewer if fallback is not None else 0
        return fallback if fallback is not None else parts

    def _split_plain(self, avail_width: float, avail_height: float) -> list[Any]:
        """ReportLab's split; when its first part ends in a break hyphen, the split of this
        paragraph set again (a copy) with that line ending in a whole word, in as many lines
        with every gap under the cap (:func:`.breaking.total_fit`), if it can be: the column
        keeps its depth and the paragraph its lines, as a compositor re-breaks the lines
        above a column's foot rather than leave a word broken over it."""
        parts: list[Any] = super().split(avail_width, avail_height)
        if len(parts) != 2 or self.plain_line:
            return parts
        if not _is_break_hyphen(_last_word(parts[0], avail_width, avail_height)):
            return parts
        head = _line_count(parts[0])
        twin = self._twin(plain_line=head)
        again: list[Any] = super(CachedParagraph, twin).split(avail_width, avail_height)
        if len(again) != 2:
            return parts
        end = _last_word(again[0], avail_width, avail_height)  # wraps it: its lines are set
        if _is_break_hyphen(end) or _line_count(again[0]) != head:
            return parts
        return again


class DisplayParagraph(CachedParagraph):
    """Display type (headlines, decks, pull quotes) never ends in a one-word line.

    When the last line would hold one word, the lines are broken at a narrower measure (the
    widest that gives the same number of lines with two words or more on the last) and then
    placed in the full measure, so alignment is unchanged.
    """

    def breakLines(self, width: Any) -> Any:
        widths = [float(w) for w in width] if isinstance(width, list | tuple) else [float(width)]
        result = super().breakLines(widths)
        if len(result.lines) < 2 or _last_line_words(result) != 1:
            return result
        count = len(result.lines)
        for step in range(1, 16):
            factor = 1.0 - 0.03 * step
            narrower = super().breakLines([w * factor for w in widths])
            if len(narrower.lines) != count:
                break
            if _last_line_words(narrower) >= 2:
                for i, line in enumerate(narrower.lines):
                    delta = widths[min(i, len(widths) - 1)] * (1 - factor)
                    if narrower.kind == 0:
                        narrower.lines[i] = (line[0] + delta, line[1])
                    else:
                        line.extraSpace += delta
                        line.maxWidth += delta
                return narrower
        return self._balanced(widths, result) or result

    def _balanced(self, widths: list[float], result: Any) -> Any | None:
        """The same number of lines, broken where :func:`.display.balanced_breaks` says
        (one style only), then placed in the full measure; None when it finds none."""
        if result.kind != 0 or len(self.frags) != 1:
            return None
        frag = self.frags[0]
        words = [str(w) for line in result.lines for w in line[1]]
        sizes = [stringWidth(w, frag.fontName, frag.fontSize) for w in words]
        space = stringWidth(" ", frag.fontName, frag.fontSize)
        ends = balanced_breaks(sizes, space, widths, len(result.lines))
        if ends is None:
            return None
        planned, first = [], 0
        for end in ends:
            planned.append(sum(sizes[first:end]) + space * (end - first - 1) + _EPSILON)
            first = end
        again = super().breakLines(planned)
        if again.kind != 0 or [len(line[1]) for line in again.lines] != [
            b - a for a, b in zip([0, *ends], ends, strict=False)
        ]:
            return None
        for i, line in enumerate(again.lines):
            delta = widths[min(i, len(widths) - 1)] - planned[i]
            again.lines[i] = (line[0] + delta, line[1])
        return again


def _line_count(para: Any) -> int:
    """The lines of a wrapped paragraph."""
    bl_para = getattr(para, "blPara", None)
    return len(bl_para.lines) if bl_para is not None else 0


def _last_line_words(bl_para: Any) -> int:
    line = bl_para.lines[-1]
    if bl_para.kind == 0:
        return len(line[1])
    return len(" ".join(str(getattr(f, "text", "")) for f in line.words).split())


def _last_word(para: Any, width: float, height: float) -> str:
    """The last word of a (split-off) paragraph's last line, as printed."""
    para.wrap(width, height)
    bl_para = getattr(para, "blPara", None)
    if bl_para is None or not bl_para.lines:
        return ""
    line = bl_para.lines[-1]
    if bl_para.kind == 0 and isinstance(line, tuple):
        words = line[1]
        last = words[-1] if words else ""
        return str(last) + (
            "-" if isinstance(last, _SplitWordHY) and str(last)[-1:].isalpha() else ""
        )
    frags = [f for f in getattr(line, "words", ()) if str(getattr(f, "text", "")).strip()]
    text = str(frags[-1].text).rstrip() if frags else ""
    return text.split()[-1] if text.split() else ""


def _is_break_hyphen(word: str) -> bool:
    return word.endswith(("-", BREAK_HYPHEN)) and word[-2:-1].isalpha()


def _ends_sentence(word: str) -> bool:
    return word.rstrip("\u201d\u2019\"')").endswith((".", "!", "?"))


#: The hyphen a line break inserts, as pdfLaTeX and browsers print it: a distinct character
#: from the hyphen-minus of a compound, so that a reader (ours, or any extractor) can join
#: "mate‐/rials" and keep "non-/flammable". Same glyph and width in the fonts we ship.
BREAK_HYPHEN = "\u2010"


def _source_text(para: Any) -> str:
    """The paragraph's own text: from its style fragments, or (once ReportLab has broken
    lines, and in the parts of a split paragraph) from its word lists."""
    pieces: list[str] = []
    for item in getattr(para, "frags", ()):
        if isinstance(item, list):  # [width, (frag, text), (frag, text)...]: one word
            pieces.append("".join(str(t) for _, t in item[1:]) + " ")
        else:
            pieces.append(str(getattr(item, "text", "")))
    return "".join(pieces)


def _inserted(token: str, source: str) -> bool:
    """Whether the "-" ending a line's last word was put there by the line break.

    A hard hyphen stands in the paragraph's own text with letters after it ("non-f" for a
    line ending "non-"); a break hyphen does not ("life-" from "lifeboat").
    """
    if len(token) < 3 or not token.endswith("-") or not token[-2].isalpha():
        return False
    return re.search(re.escape(token) + r"\w", source) is None


def mark_break_hyphens(para: Any, source: str) -> None:
    """Print the hyphens ReportLab added at line breaks as U+2010 (in place, after wrapping).

    One-style paragraphs keep ReportLab's word objects: a head it hyphenated is a
    ``_SplitWordHY`` (``_SplitWordLL`` at the end of a part split between columns). In
    paragraphs of several styles the line ends in plain fragments: there the paragraph's own
    text tells a break hyphen from a compound's (:func:`_inserted`).
    """
    if para is None:
        return
    for line in para.lines:
        if para.kind == 0:
            words = line[1]
            last = words[-1] if words else None
            if isinstance(last, _SplitWordHY | _SplitWordLL) and _inserted(str(last), source):
                words[-1] = type(last)(last[:-1] + BREAK_HYPHEN)
            continue
        frags = [f for f in getattr(line, "words", ()) if f.text.strip()]
        last_text = frags[-1].text if frags else ""
        if last_text.endswith("-") and _inserted(last_text.split()[-1], source):
            frags[-1].text = last_text[:-1] + BREAK_HYPHEN


class TypeSet:
    """The paragraph styles of one print style, built once per write."""

    def __init__(self, style: Style, hyphenator: Hyphenator | None, language: str = "en") -> None:
        self.style = style
        #: the issue's quotes, as the language prints them (:mod:`.quotes`)
        self.quotes = quotes_for(language)
        self._styles: dict[str, ParagraphStyle] = {}
        self._fonts: dict[str, RoleFont] = {}
        for spec in dataclasses.fields(Fonts):
            font: RoleFont = getattr(style.fonts, spec.name)
            self._fonts[spec.name] = font
            self._styles[spec.name] = self._paragraph_style(spec.name, font, hyphenator)

    @staticmethod
    def _paragraph_style(
        name: str, font: RoleFont, hyphenator: Hyphenator | None
    ) -> ParagraphStyle:
        justify = font.align == "justify"
        return ParagraphStyle(
            name=f"nl-{name}",
            fontName=face_name(font.family, bold=font.bold, italic=font.italic),
            fontSize=font.size,
            leading=font.line_height,
            alignment=_ALIGN[font.align],
            spaceBefore=font.space_before,
            spaceAfter=font.space_after,
            firstLineIndent=font.indent,
            hyphenationLang=hyphenator if (justify and hyphenator) else "",
            embeddedHyphenation=0,
            # total-fit breaking (breaking.py) chooses hyphens itself; URLs break at a slash
            uriWasteReduce=0,
            allowWidows=0 if justify else 1,
            allowOrphans=0,
        )

    def style_of(self, role: str) -> ParagraphStyle:
        return self._styles[role]

    def font_of(self, role: str) -> RoleFont:
        return self._fonts[role]

    def face_of(self, role: str) -> str:
        return str(self._styles[role].fontName)

    def markup(self, role: str, text: str) -> str:
        """Escaped issue text for ``role`` (capitalised when the role says so), its straight
        quotes set as the language prints them."""
        text = SmartQuotes(self.quotes).feed(text)
        if self._fonts[role].upper:
            text = text.upper()
        return escape_text(text, self.face_of(role))

    def paragraph(self, role: str, text: str, **overrides: Any) -> Paragraph:
        """A paragraph of plain issue text."""
        return self.own(role, self.markup(role, text), **overrides)

    def runs(
        self,
        role: str,
        runs: Iterable[Run],
        prefix: str = "",
        *,
        bullet: str = "",
        **overrides: object,
    ) -> Paragraph:
        """A paragraph of inline runs; ``prefix`` is markup the writer made (a dateline);
        ``bullet`` a list item's mark, set in the margin its ``leftIndent`` leaves."""
        quoting = SmartQuotes(self.quotes)  # one quote state across the paragraph's runs
        runs = [dataclasses.replace(r, text=quoting.feed(r.text)) for r in runs]
        if self._fonts[role].upper:
            runs = [dataclasses.replace(r, text=r.text.upper()) for r in runs]
        markup = prefix + runs_markup(runs, self.face_of(role))
        return self.own(role, markup, bullet=bullet, **overrides)

    def own(self, role: str, markup: str, *, bullet: str = "", **overrides: object) -> Paragraph:
        """A paragraph of markup the writer composed from escaped parts."""
        style = self._styles[role]
        if overrides:
            style = ParagraphStyle(name=f"{style.name}-x", parent=style, **overrides)
        kind = DisplayParagraph if role in DISPLAY_ROLES else CachedParagraph
        if bullet:
            return kind(markup, style, bulletText=escape_text(bullet, self.face_of(role)))
        return kind(markup, style)
