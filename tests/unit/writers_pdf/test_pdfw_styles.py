"""Print styles: loading by name and path, defaults, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout.errors import StyleError
from newslayout.styles import Style, available_styles, load_style, parse_style


def test_house_styles_are_found_by_name() -> None:
    names = available_styles()
    for name in ("default", "broadsheet", "tabloid", "a4"):
        assert name in names
        style = load_style(name)
        assert style.name == name
        assert style.column_width > 48


def test_default_style_is_used_when_none_is_named() -> None:
    assert load_style(None).name == "default"


def test_a_style_file_only_says_what_differs(tmp_path: Path) -> None:
    path = tmp_path / "narrow.toml"
    path.write_text("[columns]\ncount = 3\n[fonts.body]\nsize = 11\nleading = 13\n")
    style = load_style(str(path))
    assert style.columns.count == 3
    assert style.fonts.body.size == 11.0
    assert style.fonts.body.align == "justify"  # untouched keys keep their defaults
    assert style.fonts.headline == Style().fonts.headline
    assert style.name == "narrow"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("colour = 1\n", "'colour'"),
        ("[page]\nmargn_top = 3\n", "'page.margn_top'"),
        ("[fonts.body]\nsise = 9\n", "'fonts.body.sise'"),
        ("[fonts.kicker_big]\nsize = 9\n", "'fonts.kicker_big'"),
    ],
)
def test_unknown_keys_are_named(text: str, key: str) -> None:
    with pytest.raises(StyleError) as info:
        parse_style(text, source="house.toml")
    assert key in str(info.value)
    assert "house.toml" in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[columns]\ncount = "five"\n', "columns.count"),
        ("[columns]\ncount = 0\n", "columns.count"),
        ("[columns]\nrules = 1\n", "columns.rules"),
        ('[page]\nsize = "napkin"\n', "page.size"),
        ('[fonts.body]\nfamily = "comic"\n', "fonts.body.family"),
        ("[fonts.body]\nsize = -2\n", "fonts.body.size"),
        ('[fonts.deck]\nalign = "middle"\n', "fonts.deck.align"),
        ("[columns]\ncount = 12\ngutter = 30\n", "columns are"),
        ("page = 3\n", "page must be a table"),
        ("[page\n", "not valid TOML"),
    ],
)
def test_bad_values_are_named(text: str, fragment: str) -> None:
    with pytest.raises(StyleError) as info:
        parse_style(text, source="house.toml")
    assert fragment in str(info.value)


def test_unknown_style_name_lists_the_available_ones() -> None:
    with pytest.raises(StyleError) as info:
        load_style("gazette-deluxe")
    assert "broadsheet" in str(info.value)


def test_missing_style_file_is_a_style_error(tmp_path: Path) -> None:
    with pytest.raises(StyleError):
        load_style(str(tmp_path / "nope.toml"))


def test_docs_list_every_style_key() -> None:
    import dataclasses

    from newslayout.styles import ColumnSpec, Fonts, PageSpec, RoleFont

    doc = (Path(__file__).resolve().parents[3] / "docs" / "styles.md").read_text()
    keys = [f"`{f.name}`" for f in dataclasses.fields(Style) if f.name not in ("source",)]
    keys += [f"`page.{f.name}`" for f in dataclasses.fields(PageSpec)]
    keys += [f"`columns.{f.name}`" for f in dataclasses.fields(ColumnSpec)]
    keys += [f"`fonts.{f.name}`" for f in dataclasses.fields(Fonts)]
    keys += [f"`{f.name}`" for f in dataclasses.fields(RoleFont)]
    missing = [k for k in keys if k not in doc and k not in ("`page`", "`columns`", "`fonts`")]
    assert not missing
