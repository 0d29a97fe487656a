"""Print styles for the PDF writer: TOML files read into typed dataclasses.

A style chooses the page, the column grid, and a font for every typographic role. Every key has
a default (the dataclass defaults below, which ``docs/styles.md`` lists), so a style file only
says what differs. An unknown key or a value of the wrong kind is a :class:`StyleError` naming
the key and the file: a typo must never be silently ignored, because the page would then look
"almost right" and nobody would notice why.

Names resolve to files: a path to a ``.toml`` file; else a name in the checkout's ``styles/``
folder; else a name in the packaged ``newslayout/data/styles/``.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from newslayout.errors import StyleError

#: Named page sizes, in points (width, height).
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "a4": (595.28, 841.89),
    "a3": (841.89, 1190.55),
    "letter": (612.0, 792.0),
    "tabloid": (792.0, 1224.0),
    "berliner": (893.0, 1332.0),
    "broadsheet": (1080.0, 1620.0),
}

#: Font families the writer ships (see ``newslayout/data/fonts/README.md``).
FAMILIES = ("serif", "sans")
ALIGNMENTS = ("left", "center", "right", "justify")

#: The smallest column the writer will set type in, in points.
MIN_COLUMN_WIDTH = 48.0


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleFont:
    """How one typographic role is set.

    Attributes:
        family: ``serif`` or ``sans``.
        size: font size in points.
        leading: baseline-to-baseline distance in points (0 means 1.2 x size).
        bold: use the bold face.
        italic: use the italic face (the sans family has none; it falls back to upright).
        upper: set the text in capitals (kickers, credits, running heads).
        align: ``left``, ``center``, ``right`` or ``justify``.
        space_before: extra space above, in points.
        space_after: extra space below, in points.
        indent: first-line indent, in points (body paragraphs).
    """

    family: str = "serif"
    size: float = 9.0
    leading: float = 0.0
    bold: bool = False
    italic: bool = False
    upper: bool = False
    align: str = "left"
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0

    @property
    def line_height(self) -> float:
        return self.leading or round(self.size * 1.2, 2)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fonts:
    """A font for every role on the page. Headlines come in three weights of importance."""

    masthead: RoleFont = field(default=RoleFont(size=60, bold=True, align="center"))
    masthead_line: RoleFont = field(
        default=RoleFont(family="sans", size=8, upper=True, align="center")
    )
    tagline: RoleFont = field(default=RoleFont(size=9, italic=True, align="center"))
    teaser: RoleFont = field(default=RoleFont(family="sans", size=8.5, bold=True, leading=10.5))
    teaser_label: RoleFont = field(default=RoleFont(family="sans", size=7, upper=True))
    # Printed as given (a kicker's case is the editor's; capitals are a style choice: upper).
    kicker: RoleFont = field(default=RoleFont(family="sans", size=7.5, bold=True, space_after=2))
    headline_lead: RoleFont = field(default=RoleFont(size=34, leading=36, bold=True, space_after=4))
    headline: RoleFont = field(default=RoleFont(size=22, leading=24, bold=True, space_after=3))
    headline_minor: RoleFont = field(
        default=RoleFont(size=14, leading=16, bold=True, space_after=2)
    )
    jump_head: RoleFont = field(default=RoleFont(size=13, leading=15, bold=True, space_after=1))
    deck: RoleFont = field(default=RoleFont(size=12, leading=14, italic=True, space_after=4))
    byline: RoleFont = field(default=RoleFont(family="sans", size=7.5, bold=True, space_after=4))
    dateline: RoleFont = field(default=RoleFont(size=9, bold=True))
    body: RoleFont = field(default=RoleFont(size=9, leading=10.8, align="justify", indent=8))
    subhead: RoleFont = field(
        default=RoleFont(family="sans", size=8.5, bold=True, space_before=4, space_after=2)
    )
    caption: RoleFont = field(default=RoleFont(size=7.5, leading=9, italic=True, space_after=4))
    credit: RoleFont = field(default=RoleFont(family="sans", size=6, align="right", space_after=1))
    pull_quote: RoleFont = field(
        default=RoleFont(size=13, leading=15.5, italic=True, align="center")
    )
    pull_quote_attribution: RoleFont = field(
        default=RoleFont(family="sans", size=7, align="center")
    )
    sidebar_title: RoleFont = field(
        default=RoleFont(family="sans", size=9, bold=True, space_after=2)
    )
    sidebar_body: RoleFont = field(
        default=RoleFont(family="sans", size=7.8, leading=9.6, align="left")
    )
    jump: RoleFont = field(default=RoleFont(size=8, italic=True, align="right"))
    running_head: RoleFont = field(default=RoleFont(family="sans", size=7, upper=True))
    folio: RoleFont = field(default=RoleFont(family="sans", size=9, bold=True))


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    """Page size and margins. ``size`` is a name of :data:`PAGE_SIZES` or ``custom``."""

    size: str = "tabloid"
    width: float = 0.0
    height: float = 0.0
    margin_top: float = 30.0
    margin_bottom: float = 30.0
    margin_left: float = 30.0
    margin_right: float = 30.0

    @property
    def dimensions(self) -> tuple[float, float]:
        if self.size == "custom":
            return (self.width, self.height)
        return PAGE_SIZES[self.size]


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnSpec:
    """The column grid.

    Attributes:
        count: columns per page.
        gutter: space between columns, in points.
        rules: draw a thin vertical rule in each gutter.
        rule_width: width of column and module rules, in points.
        lead_max_share: the most of the front page's body height the lead story may use
            before it jumps (0-1).
        rail: columns given to the side rail of short stories next to a main story (0 = no
            rail: one story per row).
    """

    count: int = 5
    gutter: float = 11.0
    rules: bool = True
    rule_width: float = 0.4
    lead_max_share: float = 0.6
    rail: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Style:
    """A whole print style.

    Attributes:
        name: the style's name (the file stem when not given).
        description: one line for people choosing a style.
        language: hyphenation language (``en``, ``de_DE``...); empty means the issue's language.
        hyphenate: hyphenate justified body text.
        page: page size and margins.
        columns: the column grid.
        fonts: a font for every role.
        source: the file the style came from (not a TOML key).
    """

    name: str = "default"
    description: str = ""
    language: str = ""
    hyphenate: bool = True
    page: PageSpec = field(default_factory=PageSpec)
    columns: ColumnSpec = field(default_factory=ColumnSpec)
    fonts: Fonts = field(default_factory=Fonts)
    source: str = ""

    @property
    def content_width(self) -> float:
        return self.page.dimensions[0] - self.page.margin_left - self.page.margin_right

    @property
    def column_width(self) -> float:
        n = self.columns.count
        return (self.content_width - (n - 1) * self.columns.gutter) / n


# --- Loading -------------------------------------------------------------------------------


def _check_value(key: str, value: object, expected: type, source: str) -> object:
    """Type-check one scalar against its field's type (ints are fine where floats are)."""
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is bool and not isinstance(value, bool):
        raise StyleError(f"{source}: {key} must be true or false, not {value!r}")
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise StyleError(f"{source}: {key} must be a {expected.__name__}, not {value!r}")
    return value


def _build(default: Any, data: dict[str, Any], prefix: str, source: str) -> Any:
    """``default`` with the TOML table's values, refusing unknown keys by their full name.

    Nested tables start from the *enclosing* default (``fonts.body`` from the body role's
    defaults, not from a bare :class:`RoleFont`), so a file only says what differs.
    """
    names = {f.name for f in dataclasses.fields(default)} - {"source"}
    types = typing.get_type_hints(type(default))
    values: dict[str, Any] = {}
    for key, value in data.items():
        full = f"{prefix}{key}"
        if key not in names:
            known = ", ".join(sorted(names))
            raise StyleError(f"{source}: unknown key {full!r}", hint=f"known keys here: {known}")
        current = getattr(default, key)
        if isinstance(current, RoleFont | PageSpec | ColumnSpec | Fonts):
            if not isinstance(value, dict):
                raise StyleError(f"{source}: {full} must be a table")
            values[key] = _build(current, value, f"{full}.", source)
        else:
            values[key] = _check_value(full, value, types[key], source)
    return dataclasses.replace(default, **values)


def _check_ranges(style: Style, source: str) -> None:
    """Values of the right type that still make no page."""
    page, cols = style.page, style.columns
    if page.size != "custom" and page.size not in PAGE_SIZES:
        names = ", ".join([*PAGE_SIZES, "custom"])
        raise StyleError(
            f"{source}: page.size {page.size!r} is unknown", hint=f"use one of {names}"
        )
    width, height = page.dimensions
    if width < 144 or height < 144:
        raise StyleError(f"{source}: page.width/page.height must be at least 144 pt")
    margins = (page.margin_top, page.margin_bottom, page.margin_left, page.margin_right)
    if min(margins) < 0:
        raise StyleError(f"{source}: page margins must not be negative")
    if page.margin_top + page.margin_bottom > height / 2:
        raise StyleError(f"{source}: page.margin_top + page.margin_bottom leave no room")
    if not 1 <= cols.count <= 12:
        raise StyleError(f"{source}: columns.count must be between 1 and 12, not {cols.count}")
    if cols.gutter < 0 or cols.rule_width < 0:
        raise StyleError(f"{source}: columns.gutter and columns.rule_width must not be negative")
    if not 0 <= cols.rail < cols.count or (cols.rail and cols.count < 3):
        raise StyleError(f"{source}: columns.rail must be 0, or less than columns.count (>= 3)")
    if not 0.2 <= cols.lead_max_share <= 1.0:
        raise StyleError(f"{source}: columns.lead_max_share must be between 0.2 and 1")
    if style.column_width < MIN_COLUMN_WIDTH:
        raise StyleError(
            f"{source}: columns are {style.column_width:.1f} pt wide, below {MIN_COLUMN_WIDTH}",
            hint="use fewer columns, a smaller gutter or smaller margins",
        )
    for role in dataclasses.fields(Fonts):
        font: RoleFont = getattr(style.fonts, role.name)
        key = f"fonts.{role.name}"
        if font.family not in FAMILIES:
            raise StyleError(f"{source}: {key}.family {font.family!r} is unknown (serif, sans)")
        if font.align not in ALIGNMENTS:
            raise StyleError(f"{source}: {key}.align must be one of {', '.join(ALIGNMENTS)}")
        if not 3 <= font.size <= 300:
            raise StyleError(f"{source}: {key}.size must be between 3 and 300 pt")
        if font.leading and font.leading < font.size * 0.8:
            raise StyleError(f"{source}: {key}.leading is too small for its size")
        if font.space_before < 0 or font.space_after < 0 or font.indent < 0:
            raise StyleError(f"{source}: {key} spaces must not be negative")


def parse_style(text: str, *, source: str, name: str = "") -> Style:
    """A style from TOML text; ``source`` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"{source}: not valid TOML: {exc}") from None
    style: Style = _build(Style(), data, "", source)
    if "name" not in data and name:
        style = dataclasses.replace(style, name=name)
    style = dataclasses.replace(style, source=source)
    _check_ranges(style, source)
    return style


def _checkout_styles() -> Path:
    return Path(__file__).resolve().parent.parent / "styles"


def _style_files() -> dict[str, Path | resources.abc.Traversable]:
    found: dict[str, Path | resources.abc.Traversable] = {}
    packaged = resources.files("newslayout") / "data" / "styles"
    if packaged.is_dir():
        for entry in packaged.iterdir():
            if entry.name.endswith(".toml"):
                found[entry.name.removesuffix(".toml")] = entry
    folder = _checkout_styles()
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            found[path.stem] = path
    return found


def available_styles() -> list[str]:
    """Names of every style that :func:`load_style` finds by name."""
    return sorted(_style_files())


def load_style(name: str | None = None) -> Style:
    """The style named ``name`` (a path to a TOML file or a style name; None: ``default``)."""
    name = name or "default"
    path = Path(name)
    if name.endswith(".toml") or path.is_file():
        if not path.is_file():
            raise StyleError(f"{name}: no such style file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise StyleError(f"{name}: cannot read the style file: {exc}") from None
        return parse_style(text, source=str(path), name=path.stem)
    entry = _style_files().get(name)
    if entry is None:
        raise StyleError(
            f"unknown style {name!r}", hint=f"available styles: {', '.join(available_styles())}"
        )
    return parse_style(entry.read_text(encoding="utf-8"), source=str(entry), name=name)
