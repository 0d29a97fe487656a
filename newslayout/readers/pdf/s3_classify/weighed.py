"""The weighed pass: a small model re-decides the story roles the rule table gave, when sure.

The rule table answers first (``classify.classify_page``); then, for each block whose rule
role the pass may change (``MAY_BECOME``), a multinomial logistic regression over the story
roles (headline, deck, kicker, byline, subhead, body, quote, caption, credit, furniture and
``other``) weighs the block's evidence together (:mod:`.features`: size relative to body,
weight, caps, width, alignment, gaps, neighbours and their rule roles, cue texts) and gives
a probability per role. The block
takes the model's role only when the model puts at least ``ClassifySettings.weighed`` on it
(``0`` switches the pass off); the rule verdicts of the neighbours it reads are those of the
rule table, so the answer does not depend on the order blocks are visited in.

The model is data (``newslayout/data/weighed-roles.json``), fitted on generated issues by
``make train`` (``scripts/train.py``) and evaluated here in pure Python: no run-time
dependency.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.features import block_features
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

#: The model file inside the package.
MODEL_FILE = "weighed-roles.json"
#: The class the model gives what is none of the story roles (masthead, teaser, jump, ...):
#: it never becomes a block's role.
OTHER = "other"
#: The rule name a re-decided block carries (``ClassifiedBlock.rule``).
RULE_NAME = "weighed"
#: The changes the pass may make, as (rule role, weighed role): a subhead or a pull quote
#: that the model is sure is a story's headline (a secondary head set close to body size, a
#: roman head the quote rule took). Measured on generated issues, every other change the
#: model is as sure of (body to byline, caption, kicker or deck; furniture to credit; subhead
#: to deck or kicker; headline to deck) was right block by block but left the quality tables
#: level or lower: assembly needs more than the role to use it (a caption its picture, an end
#: byline its story), a new headline out of body text splits stories, and a deck split off a
#: head's second bank no longer matches the whole deck.
MAY_BECOME = frozenset(
    {
        (BlockRole.SUBHEAD, BlockRole.HEADLINE),
        (BlockRole.QUOTE, BlockRole.HEADLINE),
    }
)


@dataclass(frozen=True, slots=True)
class RoleModel:
    """A multinomial logistic regression over named, standardised features."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> RoleModel:
        def floats(key: str) -> tuple[float, ...]:
            value = data[key]
            assert isinstance(value, list)
            return tuple(float(x) for x in value)

        coef = data["coef"]
        assert isinstance(coef, list)
        names, classes = data["features"], data["classes"]
        assert isinstance(names, list) and isinstance(classes, list)
        model = cls(
            features=tuple(str(n) for n in names),
            classes=tuple(str(c) for c in classes),
            mean=floats("mean"),
            scale=floats("scale"),
            coef=tuple(tuple(float(x) for x in row) for row in coef),
            intercept=floats("intercept"),
        )
        n = len(model.features)
        if not (len(model.mean) == len(model.scale) == n and len(model.coef) == len(classes)):
            raise ValueError("weighed model: its arrays do not match its feature list")
        if any(len(row) != n for row in model.coef) or len(model.intercept) != len(classes):
            raise ValueError("weighed model: its arrays do not match its feature list")
        return model

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """The softmax of the class scores for one block's named features."""
        x = [
            (feats[name] - m) / s
            for name, m, s in zip(self.features, self.mean, self.scale, strict=True)
        ]
        scores = [
            b + sum(w * v for w, v in zip(row, x, strict=True))
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


@functools.cache
def packaged_model() -> RoleModel:
    """The model shipped in ``newslayout/data`` (read once per process)."""
    text = resources.files("newslayout.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return RoleModel.from_json(json.loads(text))


def reweigh(
    classified: Sequence[ClassifiedBlock],
    ctx: PageContext,
    confidence: float,
    model: RoleModel | None = None,
) -> list[ClassifiedBlock]:
    """The page's blocks with the roles the model is at least ``confidence`` sure of."""
    if confidence <= 0.0:
        return list(classified)
    model = model or packaged_model()
    sources = {old for old, _ in MAY_BECOME}
    roles = {id(c.block): c.role for c in classified}
    out: list[ClassifiedBlock] = []
    for item in classified:
        if item.role in sources:
            new = decide(model, block_features(item.block, ctx, roles), item.role, confidence)
            if new is not item.role:
                item = dataclasses.replace(item, role=new, rule=RULE_NAME)
        out.append(item)
    return out


def decide(
    model: RoleModel, feats: dict[str, float], role: BlockRole, confidence: float
) -> BlockRole:
    """The role of a block the rules gave ``role``: the model's most likely one when it is at
    least ``confidence`` sure of it and the change is one the pass may make, else ``role``."""
    probs = model.probabilities(feats)
    best = max(probs, key=probs.__getitem__)
    if best == OTHER or probs[best] < confidence:
        return role
    new = BlockRole(best)
    return new if (role, new) in MAY_BECOME else role
