"""Advertisement boxes: display lines with a way to buy, which are no articles.

An ad box is set in display type: short lines, no sentence ends, a phone number ("Tel.
01632 418 207", "Bookings 01632 880 120") or prices ("MOT £54.85 · servicing from £99").
Story text quotes phone numbers and prices too, but inside sentences. The line shape is the
text reader's evidence: a unit can be an ad only when none of its lines ends a sentence and
all are short. Whether its wording is an ad's (little text, no prose, a way to buy: a phone
number, a web or mail address, or two prices; one price alone says nothing, teasers print
them too) is the article builder's one advert test (``builder.adverts.is_advert``), the PDF
reader's too. A title in the same block (the advertiser's name in display type) goes with it
(``spread_adverts``). What is an ad becomes page furniture ("other"), never article text.
"""

from __future__ import annotations

from newslayout.cues.sentences import ends_sentence
from newslayout.readers.builder import adverts as builder
from newslayout.readers.text.s2_units.units import Unit

#: Most words of a display line in an ad ("Used cars from £2,995").
DISPLAY_LINE_WORDS = 8


def is_advert(unit: Unit) -> bool:
    """Display lines of an advertisement (see the module docstring)."""
    lines = [" ".join(line.split()) for line in unit.lines]
    if any(ends_sentence(line) for line in lines):
        return False
    if not all(len(line.split()) <= DISPLAY_LINE_WORDS for line in lines):
        return False
    return builder.is_advert(builder.DraftText(headline=lines[0], blocks=lines[1:]))
