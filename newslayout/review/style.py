"""What each drawn thing looks like: article colours and the per-role outline styles.

One table serves the overlay PDF, its legend page, the review page and docs/review.md, so the
meaning of a colour or a dash pattern is defined once.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

#: Colour of regions that belong to no article (teasers, furniture): a neutral slate.
NEUTRAL: tuple[float, float, float] = (0.35, 0.42, 0.50)
#: Colour of the hatching over text that was read into nothing.
UNASSIGNED: tuple[float, float, float] = (0.85, 0.10, 0.10)
#: Colour of diagnostic markers.
DIAGNOSTIC: tuple[float, float, float] = (0.95, 0.55, 0.0)

# The golden-ratio step spreads consecutive hues far apart, so neighbouring articles (which
# usually share a page) never get similar colours, however many articles there are.
_GOLDEN = 0.618033988749895


def article_colour(index: int) -> tuple[float, float, float]:
    """The colour of the ``index``-th article (0-based) of the issue, RGB in 0..1.

    It depends on the article's position in the issue only, so an article has the same colour
    on every page it covers, in the overlay, the PNGs and the review page alike.
    """
    hue = (0.58 + index * _GOLDEN) % 1.0
    # Alternate two saturation/value pairs so that hues that come round again still differ.
    sat, val = (0.80, 0.78) if index % 2 == 0 else (0.65, 0.62)
    red, green, blue = colorsys.hsv_to_rgb(hue, sat, val)
    return (round(red, 3), round(green, 3), round(blue, 3))


def hex_colour(rgb: tuple[float, float, float]) -> str:
    """``#rrggbb`` of an RGB triple in 0..1."""
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


@dataclass(frozen=True, slots=True)
class RoleStyle:
    """How one block role is drawn.

    ``dash`` is the PDF dash pattern of the outline (empty: solid); ``width`` the outline width
    in pt; ``fill`` the opacity of the translucent fill in the region's colour; ``meaning`` the
    one-line description shown on the legend page, the review page and in the docs.
    """

    dash: tuple[float, ...]
    width: float
    fill: float
    meaning: str


#: Every role the overlay draws, in legend order.
ROLES: dict[str, RoleStyle] = {
    "kicker": RoleStyle((1, 1), 0.6, 0.10, "label over the headline"),
    "headline": RoleStyle((), 1.4, 0.22, "the article's headline"),
    "deck": RoleStyle((4, 2), 0.8, 0.14, "summary line under the headline"),
    "byline": RoleStyle((1, 2), 0.8, 0.14, "who wrote it"),
    "dateline": RoleStyle((), 0.8, 0.30, "place line at the start of the first paragraph"),
    "subhead": RoleStyle((3, 1, 1, 1), 0.8, 0.14, "heading inside the body"),
    "paragraph": RoleStyle((), 0.5, 0.10, "body paragraph; ¶N is its reading order"),
    "list": RoleStyle((2, 2), 0.5, 0.10, "list item"),
    "quote": RoleStyle((6, 2), 1.0, 0.16, "pull quote (and its attribution)"),
    "sidebar": RoleStyle((5, 2, 1, 2), 1.0, 0.04, "box set apart inside the article"),
    "figure": RoleStyle((), 2.0, 0.06, "picture frame, linked to its caption"),
    "caption": RoleStyle((2, 1), 0.7, 0.14, "caption of a figure"),
    "credit": RoleStyle((1, 1), 0.7, 0.14, "picture credit (found by its text)"),
    "jump-out": RoleStyle((), 1.2, 0.28, "'see page N' line, a link to the continuation"),
    "jump-in": RoleStyle((), 1.2, 0.28, "'continued from' line, a link back"),
    "teaser": RoleStyle((3, 3), 0.8, 0.12, "front-page pointer to a story"),
    "furniture": RoleStyle((1, 3), 0.6, 0.10, "running head, folio, masthead, footer"),
    "unassigned": RoleStyle((), 0.4, 0.0, "text read into nothing (hatched)"),
}
