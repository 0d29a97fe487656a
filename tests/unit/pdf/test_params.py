"""Tunables as data: settings resolve from None, a dict or an instance, are validated, and a
tuned value changes what the rules decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout import api
from newslayout.errors import UsageError
from newslayout.options import ReadOptions
from newslayout.readers.pdf.params import CLASSIFY, ClassifySettings, LayoutSettings, Scale
from newslayout.readers.pdf.s2_layout.columns import page_regions
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, Word
from pdf.builders import line_words, text_block

SAMPLE = Path(__file__).parents[2] / "corpus" / "harbor-ledger-sample.pdf"


def test_settings_resolve_from_none_a_dict_or_an_instance() -> None:
    assert ClassifySettings.resolve(None) == CLASSIFY
    tuned = ClassifySettings.resolve({"headline": 1.5})
    assert tuned.headline == 1.5 and tuned.below_body == CLASSIFY.below_body
    assert ClassifySettings.resolve(tuned) is tuned


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ({"headlines": 1.5}, "no setting named 'headlines'"),
        ({"headline": 9.0}, "out of range"),
        ({"headline": "big"}, "is not a number"),
    ],
)
def test_a_bad_setting_is_a_usage_error(given: dict[str, object], says: str) -> None:
    with pytest.raises(UsageError, match=says):
        ClassifySettings.resolve(given)  # type: ignore[arg-type]


def test_a_bad_setting_fails_before_the_file_is_read() -> None:
    with pytest.raises(UsageError, match="no setting named"):
        api.read(SAMPLE, options=ReadOptions(classify={"nope": 1.0}))


def test_the_scale_is_the_ratios_times_body() -> None:
    scale = Scale(10.0, ClassifySettings(headline=2.0))
    assert scale.headline_size(20.0) and not scale.headline_size(19.9)
    assert scale.below_body(9.7) and not scale.below_body(9.8)


def test_a_tuned_headline_size_changes_the_roles() -> None:
    head = text_block("Quay plan", 10, 100, 13.0, bold=True, order=0)
    text = text_block("The council met on Monday to vote on the plan.", 10, 130, 9.0, order=1)

    def roles(settings: ClassifySettings) -> list[BlockRole]:
        ctx = PageContext(
            page=2, width=600, height=800, body=9.0, blocks=(head, text), settings=settings
        )
        return [c.role for c in classify_page(ctx, RULES)]

    assert roles(CLASSIFY)[0] is BlockRole.HEADLINE  # 13 pt >= 1.35 x 9 pt
    assert roles(ClassifySettings(headline=1.5))[0] is not BlockRole.HEADLINE  # < 13.5 pt


def _column(x0: float, lines: list[str]) -> list[Word]:
    return [w for i, text in enumerate(lines) for w in line_words(text, x0, 100 + 12 * i)]


def test_a_tuned_gutter_width_changes_the_regions() -> None:
    # Two columns 1.5 em apart: a gutter by default, not when a gutter must be 2 em wide.
    words = _column(10, ["aa bb cc", "dd ee ff"]) + _column(60, ["jj kk ll", "mm nn oo"])
    words.sort(key=lambda w: (w.bottom, w.x0))
    assert len(page_regions(words, [], [], 10.0)) == 2
    wide = LayoutSettings.resolve({"v_gap_body": 2.0, "v_gap_text": 2.0})
    assert len(page_regions(words, [], [], 10.0, wide)) == 1
