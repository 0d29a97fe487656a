"""The weighed pass: the model file, its pure-Python evaluation and the changes it may make."""

from __future__ import annotations

import math

import pytest

from newslayout.errors import UsageError
from newslayout.geometry import Box
from newslayout.readers.pdf.params import ClassifySettings
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.features import block_features
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.weighed import (
    MAY_BECOME,
    RULE_NAME,
    RoleModel,
    packaged_model,
    reweigh,
)
from newslayout.readers.pdf.types import BlockRole
from pdf.builders import text_block

BODY = 10.0
REGION = Box(x0=50, top=100, x1=300, bottom=700)


def _page() -> PageContext:
    blocks = (
        text_block("Council opens the new bridge", 50, 100, 24.0, bold=True, region=REGION),
        text_block("By Ann Lee", 50, 130, BODY, region=REGION, order=1),
        text_block(
            "The bridge opened on Monday after two years.", 50, 145, BODY, region=REGION, order=2
        ),
        text_block("Traffic eases", 50, 170, BODY, bold=True, region=REGION, order=3),
        text_block(
            "Queues on the old road were shorter by noon.", 50, 185, BODY, region=REGION, order=4
        ),
    )
    return PageContext(page=1, width=600, height=800, body=BODY, blocks=blocks)


def _model(names: tuple[str, ...], favourite: str, classes: tuple[str, ...]) -> RoleModel:
    """A model whose scores ignore the features and put ``favourite`` far ahead."""
    return RoleModel(
        features=names,
        classes=classes,
        mean=tuple(0.0 for _ in names),
        scale=tuple(1.0 for _ in names),
        coef=tuple(tuple(0.0 for _ in names) for _ in classes),
        intercept=tuple(10.0 if c == favourite else 0.0 for c in classes),
    )


def _names(ctx: PageContext) -> tuple[str, ...]:
    roles = {id(c.block): c.role for c in classify_page(ctx, RULES)}
    return tuple(block_features(ctx.blocks[0], ctx, roles))


def test_the_packaged_model_reads_the_features_the_reader_computes() -> None:
    model = packaged_model()
    ctx = _page()
    assert set(model.features) == set(_names(ctx))
    assert {"headline", "deck", "subhead", "body", "other"} <= set(model.classes)


def test_probabilities_sum_to_one_and_follow_the_scores() -> None:
    ctx = _page()
    names = _names(ctx)
    model = _model(names, "headline", ("headline", "body", "other"))
    roles = {id(c.block): c.role for c in classify_page(ctx, RULES)}
    probs = model.probabilities(block_features(ctx.blocks[3], ctx, roles))
    assert math.isclose(sum(probs.values()), 1.0)
    assert max(probs, key=probs.__getitem__) == "headline"
    assert probs["headline"] > 0.99


def test_a_sure_model_turns_a_subhead_into_a_headline_and_nothing_else() -> None:
    ctx = _page()
    model = _model(_names(ctx), "headline", ("headline", "body", "subhead", "other"))
    before = classify_page(ctx, RULES)
    assert before[3].role is BlockRole.SUBHEAD
    after = reweigh(before, ctx, 0.8, model)
    assert after[3].role is BlockRole.HEADLINE and after[3].rule == RULE_NAME
    # Body text never becomes a headline, and the byline is left to the rules.
    for old, new in zip(before, after, strict=True):
        if old.role is not BlockRole.SUBHEAD:
            assert new == old


def test_an_unsure_model_or_a_zero_setting_changes_nothing() -> None:
    ctx = _page()
    names = _names(ctx)
    before = classify_page(ctx, RULES)
    even = RoleModel(
        features=names,
        classes=("headline", "subhead"),
        mean=tuple(0.0 for _ in names),
        scale=tuple(1.0 for _ in names),
        coef=((0.0,) * len(names),) * 2,
        intercept=(0.0, 0.0),
    )
    assert reweigh(before, ctx, 0.8, even) == before  # 50/50 is below 0.8
    sure = _model(names, "headline", ("headline", "subhead"))
    assert reweigh(before, ctx, 0.0, sure) == before


def test_the_pass_is_off_by_default_and_the_setting_is_a_probability() -> None:
    assert ClassifySettings().weighed == 0.0
    assert ClassifySettings.resolve({"weighed": 0.8}).weighed == 0.8
    with pytest.raises(UsageError, match="out of range"):
        ClassifySettings(weighed=1.5)


def test_the_pass_only_ever_makes_headlines_of_heads() -> None:
    assert {new for _, new in MAY_BECOME} == {BlockRole.HEADLINE}
    assert {old for old, _ in MAY_BECOME} == {BlockRole.SUBHEAD, BlockRole.QUOTE}


def test_a_model_whose_arrays_do_not_match_is_refused() -> None:
    data: dict[str, object] = {
        "features": ["size", "bold"],
        "classes": ["headline", "body"],
        "mean": [0.0],
        "scale": [1.0, 1.0],
        "coef": [[0.0, 0.0], [0.0, 0.0]],
        "intercept": [0.0, 0.0],
    }
    with pytest.raises(ValueError, match="do not match"):
        RoleModel.from_json(data)


def test_every_block_gets_a_finite_feature_vector() -> None:
    ctx = _page()
    roles = {id(c.block): c.role for c in classify_page(ctx, RULES)}
    for block in ctx.blocks:
        feats = block_features(block, ctx, roles)
        assert all(math.isfinite(v) for v in feats.values())
        assert feats["size"] == block.size / BODY
