"""The PDF reader's tunables as data: a type scale relative to the body size, and one frozen,
documented, validated settings object per stage that has tunables.

Sizes are ratios of the issue's body size (the size most words are set in), so one setting
fits a tabloid and a broadsheet; word counts are counts. A user tunes a paper's conventions
without editing code: ``ReadOptions(classify={"headline": 1.5})``. The tables of
docs/pdf-reader.md are generated from these fields (``scripts/pdf_reader_docs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.options import Settings, tunable


@dataclass(frozen=True, slots=True, kw_only=True)
class LayoutSettings(Settings):
    """Stage 2, layout: where the XY-cut may cut a page into regions (distances in body em)."""

    h_gap: float = tunable(
        0.5, "A horizontal cut needs a whitespace band at least this tall (em).", 0.1, 5.0
    )
    h_gap_picture: float = tunable(
        0.3,
        "... or this tall where a picture's edge bounds the band or the type size steps "
        "across it by `size_step` (em).",
        0.05,
        5.0,
    )
    size_step: float = tunable(
        1.3, "A change of type size across a band by this factor lets it cut.", 1.05, 4.0
    )
    v_gap_body: float = tunable(0.45, "A vertical cut needs a gutter this wide (em).", 0.1, 5.0)
    v_gap_text: float = tunable(
        0.45, "... and this wide in ems of the type beside the gutter.", 0.1, 5.0
    )
    v_gap_single_row: float = tunable(
        0.9,
        "... or this wide when the node is one row of text (word spaces of a head are no gutter).",
        0.1,
        5.0,
    )
    ruled_gutter: float = tunable(
        0.3, "A gutter with a drawn rule in it needs only this width (em).", 0.0, 5.0
    )
    rule_cover: float = tunable(
        0.8, "A drawn rule separates when it covers this share of the node's extent.", 0.1, 1.0
    )
    apart: float = tunable(
        2.0,
        "Words on one baseline this far apart (em of the larger size), set in another size or "
        "face, are lines of two columns when a gutter runs between them (a jump line or a "
        "caption level with the next column's body line).",
        0.5,
        10.0,
    )
    gutter_band: float = tunable(
        0.8,
        "... the gutter: a band this wide (em of the larger size) in the gap that no word of "
        "that size on the near rows crosses (a run-in label tabbed to its text has none).",
        0.1,
        5.0,
    )
    near_rows: float = tunable(
        3.0,
        "... the near rows: their bottoms lie within this many em of the row's own.",
        0.5,
        10.0,
    )


#: The layout defaults.
LAYOUT = LayoutSettings()


@dataclass(frozen=True, slots=True, kw_only=True)
class ClassifySettings(Settings):
    """Stage 3, classify: the type scale the rules read, and their word limits."""

    small_print: float = tunable(
        0.75, "Type below this share of body is small print (page apparatus).", 0.3, 1.0
    )
    below_body: float = tunable(
        0.98, "Type below this share of body is set below body (captions, credits).", 0.5, 1.0
    )
    running_head: float = tunable(
        1.2, "Running heads, folios and their row cells are set at most this large.", 1.0, 2.0
    )
    deck: float = tunable(
        1.1, "A deck, a jump head or a pull quote is set at least this large.", 1.0, 2.0
    )
    headline: float = tunable(
        1.35, "A headline is set at least this large (and bold, below display size).", 1.05, 4.0
    )
    display: float = tunable(1.8, "Display type: a headline even when not bold.", 1.2, 6.0)
    above_body: float = tunable(
        1.05,
        "Type at least this large is a little above body (bold decks, teaser heads).",
        1.0,
        2.0,
    )
    deck_reach: float = tunable(
        3.0, "A deck sits at most this far under its headline (em).", 0.5, 10.0
    )
    head_sink: float = tunable(
        0.3,
        "A head's box may reach this share of its size into the deck set tight under it.",
        0.0,
        1.0,
    )
    head_deck_gap: float = tunable(
        0.3,
        "A deck sits at most this share of a big head's size under it (more than an em).",
        0.0,
        2.0,
    )
    kicker_reach: float = tunable(
        2.0, "A kicker sits at most this far over its headline (em).", 0.5, 10.0
    )
    jump_head_reach: float = tunable(
        2.5, 'A jump head sits at most this far over its "Continued from" line (em).', 0.5, 10.0
    )
    caption_reach: float = tunable(
        2.5, "A caption sits at most this far from its picture (em).", 0.5, 10.0
    )
    credit_reach: float = tunable(
        3.0, "A credit line sits at most this far from its picture (em).", 0.5, 10.0
    )
    short_line_words: int = tunable(
        14, "A jump line, a teaser line or a rail's head has at most this many words.", 3, 60
    )
    weighed: float = tunable(
        0.0,
        "The weighed pass makes a subhead or pull quote a headline when its model is at least "
        "this sure (probability; 0, the default, switches the pass off).",
        0.0,
        1.0,
    )


#: Pull quotes and short bold teaser heads are set below this share of the headline size.
QUOTE_OF_HEAD = 1.3

#: The defaults, shared by every page that is not tuned.
CLASSIFY = ClassifySettings()


class Scale:
    """The type scale of one issue: the ratios of :class:`ClassifySettings` times its body
    size, as named predicates on a size (``scale.below_body(block.size)``)."""

    __slots__ = ("body", "settings")

    def __init__(self, body: float, settings: ClassifySettings = CLASSIFY) -> None:
        self.body = body
        self.settings = settings

    def small_print(self, size: float) -> bool:
        return size < self.settings.small_print * self.body

    def below_body(self, size: float) -> bool:
        return size < self.body * self.settings.below_body

    def running_head_size(self, size: float) -> bool:
        return size <= self.settings.running_head * self.body

    def deck_size(self, size: float) -> bool:
        return size >= self.settings.deck * self.body

    def headline_size(self, size: float) -> bool:
        return size >= self.settings.headline * self.body

    def above_body(self, size: float) -> bool:
        return size >= self.settings.above_body * self.body

    def em(self, ems: float) -> float:
        """A distance given in body em, in points."""
        return ems * self.body

    def display_size(self, size: float) -> bool:
        return size >= self.settings.display * self.body

    def below_quote_max(self, size: float) -> bool:
        """Below the largest pull quote: ``QUOTE_OF_HEAD`` of the headline size."""
        return size < self.settings.headline * QUOTE_OF_HEAD * self.body
