"""Solid bars: filled rectangles too thick for a rule and too thin for a box's tint.

Some designs end a row of stories not with a hairline but with a solid bar a few points
thick drawn across the columns of the row below (taz draws a black bar about 10 pt high over
its "unterm strich" column pair). Such a bar is neither a rule (at most ``RULE_THICKNESS``)
nor a shade (at least ``SHADE_MIN`` both ways), so it used to be dropped; it is kept apart here
so that the assemble stage may read it as a row separator (``s4_assemble.bar_rules``) without
the layout stage, which reads rules as column and box evidence, seeing anything new.
"""

from __future__ import annotations

from typing import Any

from newslayout.geometry import Box
from newslayout.readers.pdf.s1_extract.graphics import RULE_THICKNESS, SHADE_MIN
from newslayout.readers.pdf.types import DrawnRule

#: A bar is at least this many times as long as it is thick (a label's badge is shorter).
BAR_LENGTH_SHARE = 20.0


def solid_bars(rects: list[dict[str, Any]]) -> tuple[DrawnRule, ...]:
    """The page's filled horizontal bars thicker than a rule and thinner than a shade."""
    out: list[DrawnRule] = []
    for obj in rects:
        box = Box.rounded(obj["x0"], obj["top"], obj["x1"], obj["bottom"])
        if (
            obj.get("fill")
            and RULE_THICKNESS < box.height < SHADE_MIN
            and box.width >= BAR_LENGTH_SHARE * box.height
        ):
            out.append(DrawnRule(box=box))
    return tuple(out)
