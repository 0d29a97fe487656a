"""Jump lines ("See page 3", "BUDGET from Page 1") and teaser pointers ("PAGE 2", "P3").

A jump line is short and stands alone, so every pattern must match the WHOLE line (after
trimming brackets, arrows and a final full stop). That is what keeps a body sentence that
mentions a page ("the report, on page 3 of the plan, says") from being read as a jump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslayout.model import JumpDirection

#: A jump line longer than this is prose.
MAX_JUMP_LENGTH = 80

#: A printed page label: "3", "A3", "A-3", "B12".
_LABEL = r"(?P<label>[A-Z]{0,2}-?\d{1,4})"
_PAGE_WORD = r"(?:pages?|pg\.?|p\.)"
#: "page" in the other languages of the translated jump lines: de Seite/S., fr page/p.,
#: it pagina/pag., es/pt página/pág., nl pagina/blz.
_FOREIGN_PAGE_WORD = r"(?:seite|s\.|pages?|p\.|pagina|pag\.|p[áa]gina|p[áa]g\.|blz\.)"
_KEYWORD = r"(?P<keyword>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,3})"
_COLUMN = r"(?:\s*,?\s*col(?:umn|\.)?\s*\d{1,2})?"

#: Arrows printed before or after a jump line ("More on page 3 ▸", "◂ From page 1",
#: "← From Page 1"): decoration only, the wording alone says which way the story goes.
_ARROWS = "▶►▸▹▷→⟶➜➔➝⇒◀◄◂◃◁←⟵⇐"
#: Brackets, arrows and bullets that may surround a jump line.
_TRIM = re.compile(rf"^[\s(\[{{«»>{_ARROWS}•·*—–-]+|[\s)\]}}«»<{_ARROWS}•·*.,;:—–-]+$")


@dataclass(frozen=True, slots=True)
class JumpCue:
    """A recognised jump line.

    ``page`` is the page number (the digits of ``label``); ``label`` the printed page label
    ("A3"); ``keyword`` the jump word the continuation repeats ("BUDGET"; "" when the line
    names none), as printed; ``text`` the line as printed (whitespace collapsed).
    """

    direction: JumpDirection
    page: int
    label: str
    keyword: str
    text: str


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Jump patterns, first full match wins.
JUMP_PATTERNS: tuple[tuple[str, JumpDirection, re.Pattern[str]], ...] = (
    (
        "continued-from",
        JumpDirection.FROM,
        _c(
            rf"(?:{_KEYWORD}\s*[,:;]?\s+)??(?:continued|cont(?:'d|’d|\.)?|continues|"
            rf"jumped)\s+from\s+(?:{_PAGE_WORD}\s*)?{_LABEL}{_COLUMN}"
        ),
    ),
    (
        "keyword-from",
        JumpDirection.FROM,
        _c(rf"(?:{_KEYWORD}\s*[,:;]?\s+)?from\s+{_PAGE_WORD}\s*{_LABEL}{_COLUMN}"),
    ),
    (
        "continued-on",
        JumpDirection.ON,
        _c(
            rf"(?:(?:story\s+)?(?:continued|continues|cont(?:'d|’d|\.)?)\s+on|"
            rf"(?:please\s+)?(?:see|turn\s+to|go\s+to)(?:\s+more)?|more\s+on|jump\s*(?:to|:))\s*"
            rf"(?:{_PAGE_WORD}\s*)?{_LABEL}{_COLUMN}"
        ),
    ),
    (
        "see-keyword",
        JumpDirection.ON,
        _c(
            rf"(?:please\s+)?(?:see|turn\s+to)\s+{_KEYWORD}\s*(?:[,:;]|\s+on|\s*[→►▶-])\s*"
            rf"(?:{_PAGE_WORD}\s*)?{_LABEL}{_COLUMN}"
        ),
    ),
    (
        # "FERRY, from A1": a section page label needs no page word after the jump word;
        # nor does a bare number after a jump word in capitals ("BREWERY, from 1")
        "keyword-from-label",
        JumpDirection.FROM,
        _c(
            rf"{_KEYWORD}\s*(?P<comma>,)?\s+from\s+"
            rf"(?P<label>(?P<prefix>(?-i:[A-Z]{{1,2}})-?)?\d{{1,3}})"
        ),
    ),
    (
        # the same in the other languages papers print jumps in (de, fr, it, es, pt, nl):
        # "Fortsetzung auf Seite 3", "Suite page 3", "Continua a pagina 3", "Sigue en la página 3"
        "continued-on-translated",
        JumpDirection.ON,
        _c(
            rf"(?:{_KEYWORD}\s*[,:;]\s+)?"
            r"(?:fortsetzung(?:\s+auf)?|fortgesetzt\s+auf|weiter\s+auf|mehr\s+auf|siehe|"
            r"(?:lire\s+la\s+)?suite(?:\s+en)?|voir(?:\s+en)?|"
            r"continua\s+a|segue\s+a|"
            r"(?:sigue|contin[úu]a|pasa)\s+(?:en|a)(?:\s+la)?|"
            r"(?:continua|segue)\s+na|"
            r"(?:lees\s+)?verder\s+op|vervolg\s+op)\s*"
            rf"(?:{_FOREIGN_PAGE_WORD}\s*){_LABEL}{_COLUMN}"
        ),
    ),
    (
        "continued-from-translated",
        JumpDirection.FROM,
        _c(
            rf"(?:{_KEYWORD}\s*[,:;]\s+)?"
            r"(?:fortsetzung\s+von|suite\s+de(?:\s+la)?|(?:segue|continua)\s+da|"
            r"viene\s+de(?:\s+la)?|continua[çc][ãa]o\s+da|vervolg\s+van)\s*"
            rf"(?:{_FOREIGN_PAGE_WORD}\s*){_LABEL}{_COLUMN}"
        ),
    ),
    (
        "arrow-page",
        JumpDirection.ON,
        _c(rf"(?:{_KEYWORD}\s*)?(?:→|►|▶|>>)\s*{_PAGE_WORD}\s*{_LABEL}"),
    ),
)

#: "→ Page 3": an arrow pointing at a page (the arrow itself is trimmed as decoration).
_ARROW_PAGE = re.compile(rf"(?:→|►|▶|>>|»)\s*{_PAGE_WORD}\s*{_LABEL}[\s.]*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def _page(label: str) -> int:
    found = _DIGITS.search(label)
    return int(found.group(0)) if found else 0


def _jump_word(match: re.Match[str], keyword: str) -> bool:
    """Whether "X from A1" / "X, from 1" names a jump word rather than being a phrase: a
    section label needs a comma or a word in capitals; a bare number needs the capitals."""
    if match.group("prefix"):
        return bool(match.group("comma")) or keyword.isupper()
    return keyword.isupper()


def parse_jump(text: str) -> JumpCue | None:
    """The jump line ``text`` is, or None when it is not (only whole short lines count)."""
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > MAX_JUMP_LENGTH:
        return None
    core = _TRIM.sub("", printed)
    for _name, direction, pattern in JUMP_PATTERNS:
        match = pattern.fullmatch(core)
        if match is None and _name == "arrow-page":
            match = _ARROW_PAGE.fullmatch(printed)
        if match is None:
            continue
        label = match.group("label").upper()
        page = _page(label)
        if page <= 0:
            return None
        keyword = (match.groupdict().get("keyword") or "").strip()
        if _name == "keyword-from-label" and not _jump_word(match, keyword):
            continue  # "Vitamins from B12" is a phrase; "FERRY from A1" is a jump line
        if keyword.lower() in {"see", "continued", "please", "turn", "story"}:
            keyword = ""
        return JumpCue(direction=direction, page=page, label=label, keyword=keyword, text=printed)
    return None


_POINTER = (
    r"(?:(?:see|inside|more)\s*[,:]?\s+)?"
    r"(?:(?:page|pages|pg\.?)\s*(?:[A-Z](?=\d))?(?P<n1>\d{1,4})(?:\s*[-–&]\s*\d{1,4})?|(?:p\.?)\s*(?P<n2>\d{1,4}))"
)
_POINTER_ONLY = re.compile(rf"{_POINTER}|(?P<n3>[A-Z]\d{{1,3}})", re.IGNORECASE)
_SECTION_LABEL = re.compile(r"[A-Z]\d{1,3}")
_POINTER_TRIM = re.compile(rf"^[\s(\[«»>{_ARROWS}•·|*—–-]+|[\s)\]«»<{_ARROWS}•·|*.,;:—–-]+$")
_TEASER_END = re.compile(rf"(?P<rest>.*?\S)\s*[|·•—–:,>»▶►→-]*\s+(?P<ptr>{_POINTER})", re.I)
_TEASER_START = re.compile(rf"(?P<ptr>{_POINTER})\s*[|·•—–:,>»▶►→-]*\s+(?P<rest>\S.*)", re.I)


def _pointer_number(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    for key in ("n1", "n2", "n3"):
        value = groups.get(key)
        if value:
            number = _page(value)
            return number if number > 0 else None
    return None


def parse_teaser_pointer(text: str) -> int | None:
    """The page a whole-line pointer names: "PAGE 2", "P. 2", "P2", "See page 4", "A3"."""
    core = _POINTER_TRIM.sub("", text.strip()[:40])
    match = _POINTER_ONLY.fullmatch(core)
    if match is None:
        return None
    if match.group("n3") and not _SECTION_LABEL.fullmatch(core):
        return None  # "a3" in lower case is not a section page label
    return _pointer_number(match)


def split_teaser(text: str) -> tuple[str, int] | None:
    """A teaser line with its pointer at the end or start: ("Tidal power plan", 2)."""
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > 160 or parse_teaser_pointer(printed) is not None:
        return None
    for pattern in (_TEASER_END, _TEASER_START):
        match = pattern.fullmatch(printed)
        if match is None:
            continue
        rest = _POINTER_TRIM.sub("", match.group("rest"))
        number = _pointer_number(match)
        if number is None or not any(c.isalpha() for c in rest):
            continue
        if rest.endswith((".", "?", "!")) and len(rest.split()) > 12:
            continue  # a sentence that ends with a page number, not a teaser
        return rest, number
    return None
