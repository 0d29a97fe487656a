"""Escaping issue text for ReportLab, and the CJK fallback segmentation."""

from __future__ import annotations

from newslayout.model import Run
from newslayout.writers.pdf.fonts import FALLBACK, face_name, fallback_segments, missing_glyphs
from newslayout.writers.pdf.markup import clean_text, escape_text, plain_text, runs_markup

SERIF = "NL-Serif"


def test_markup_characters_are_escaped() -> None:
    out = escape_text('<font color="[[[">x</font> & <a href="javascript:alert(1)">', SERIF)
    assert "<font" not in out and "<a" not in out
    assert '&lt;font color="[[["&gt;' in out
    assert "&amp;" in out


def test_entities_stay_literal() -> None:
    assert escape_text("&amp; &lt;", SERIF) == "&amp;amp; &amp;lt;"


def test_control_characters_and_lone_surrogates_are_removed() -> None:
    assert clean_text("a\x00b\x1bc\x85d\ud800e\ufffff") == "abcdef"
    assert clean_text("line\none\ttab") == "line one tab"


def test_runs_get_our_tags_around_escaped_text() -> None:
    runs = (Run(text="plain "), Run(text="<b>", italic=True), Run(text="bold", bold=True))
    assert runs_markup(runs, SERIF) == "plain <i>&lt;b&gt;</i><b>bold</b>"


def test_cjk_goes_to_the_fallback_face() -> None:
    segments = fallback_segments("By 王小霞 and Ελένη", face_name("serif"))
    assert [s.fallback for s in segments] == [False, True, False]
    assert segments[1].text == "王小霞"
    assert f'<font face="{FALLBACK}">王小霞</font>' in escape_text("王小霞", SERIF)


def test_latin_greek_cyrillic_need_no_fallback() -> None:
    text = "Łódź Ελένη Παππά Анна Смирнова façade"
    assert all(not s.fallback for s in fallback_segments(text, face_name("serif")))
    assert all(not s.fallback for s in fallback_segments(text, face_name("sans", bold=True)))
    assert missing_glyphs(text + "王", face_name("serif")) == set()


def test_plain_text_for_outline_collapses_space() -> None:
    assert plain_text(" A\n\x07headline  ") == "A headline"
