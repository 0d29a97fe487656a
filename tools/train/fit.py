"""Fit the weighed pass's logistic regression and write it as the JSON the reader loads.

scikit-learn (the ``train`` extra) does the fitting; the reader evaluates the exported
numbers in pure Python (``newslayout.readers.pdf.s3_classify.weighed``). The fit is
deterministic (lbfgs from zeros on rows in a fixed order) and the numbers are rounded, so the
same rows give the same file byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newslayout.readers.pdf.s3_classify.weighed import OTHER

from .dataset import Row

#: The story roles the model decides among, and ``other`` (left to the rules).
CLASSES = (
    "headline",
    "deck",
    "kicker",
    "byline",
    "subhead",
    "body",
    "quote",
    "caption",
    "credit",
    "furniture",
    OTHER,
)
#: Inverse regularisation strength of the fit.
C = 1.0
#: Significant digits kept in the model file.
DIGITS = 6


def _round(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def model_class(role: str) -> str:
    """A role as a class of the model: a story role, or ``other``."""
    return role if role in CLASSES else OTHER


def fit(rows: Sequence[Row], provenance: dict[str, Any]) -> dict[str, Any]:
    """The model fitted on ``rows`` (those whose rule role is a story role), as JSON data."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if model_class(r.rule_role) != OTHER]
    names = sorted(rows[0].features)
    x = np.array([[r.features[n] for n in names] for r in rows], dtype=float)
    y = np.array([CLASSES.index(model_class(r.truth)) for r in rows])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0.0] = 1.0
    lr = LogisticRegression(C=C, max_iter=5000, tol=1e-8)
    lr.fit((x - mean) / scale, y)
    present = [CLASSES[i] for i in lr.classes_]
    return {
        "kind": "multinomial logistic regression over standardised features",
        "provenance": provenance,
        "rows": len(rows),
        "features": names,
        "classes": present,
        "mean": [_round(v) for v in mean],
        "scale": [_round(v) for v in scale],
        "coef": [[_round(v) for v in row] for row in lr.coef_],
        "intercept": [_round(v) for v in lr.intercept_],
    }


def dumps(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=1, sort_keys=False) + "\n"
