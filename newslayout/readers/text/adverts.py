"""Advertisement boxes: display lines with a phone number, which are no articles.

An ad box is set in display type: short lines, no sentence ends, a phone number on a line
of its own ("Tel. 01632 418 207", "Call 01632 960 452", "Ring 01632 960 118") and prices
("Used cars from £2,995", "Cod & chips £7.90"). Story text quotes phone numbers too, but
inside sentences; so a unit is an ad when none of its lines ends a sentence, all are short
and one is a phone line; a title in the same block (the advertiser's name in display type)
goes with it (``spread_adverts``). A price alone says nothing: teasers print them too
("Quiz night raises £2,400"). What is an ad becomes page furniture ("other"), never
article text.
"""

from __future__ import annotations

import re

from newslayout.readers.text.units import Unit, ends_sentence

#: A phone line: a call word and a number, nothing else ("Tel. 01632 418 207").
_PHONE = re.compile(
    r"(?:tel(?:ephone)?|phone|ph|call|ring|text|whatsapp)\.?:?\s*(?:us\s+(?:on\s+)?)?"
    r"\+?\(?\d[\d ()./-]{5,18}\d",
    re.IGNORECASE,
)
#: Most words of a display line in an ad ("Used cars from £2,995").
DISPLAY_LINE_WORDS = 8


def is_phone_line(line: str) -> bool:
    """A line that is only a call word and a phone number."""
    text = " ".join(line.split())
    return len(text) <= 40 and _PHONE.fullmatch(text) is not None


def is_advert(unit: Unit) -> bool:
    """Display lines of an advertisement (see the module docstring)."""
    lines = unit.lines
    if any(ends_sentence(line) for line in lines):
        return False
    if not any(is_phone_line(line) for line in lines):
        return False
    return all(len(line.split()) <= DISPLAY_LINE_WORDS for line in lines)
