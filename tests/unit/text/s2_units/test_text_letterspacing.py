"""Letter-spaced capitals closed up before the units are cut (``letterspacing``)."""

from __future__ import annotations

import pytest

from newslayout.readers.text.s2_units.letterspacing import close_letterspacing


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("H E A LT H", "HEALTH"),
        ("E D U CAT I O N", "EDUCATION"),
        ("H A R BO R", "HARBOR"),
        ("N E W S & S P O R T", "NEWS & SPORT"),
        ("  W E AT H E R", "  WEATHER"),
        # the kicker of a bar header line, the headline after the bar untouched
        ("C U L T U R E | Parents review late council", "CULTURE | Parents review late council"),
        ("C U L T U R E |", "CULTURE |"),  # the headline on the next line
        ("H E A LT H · Walk-in clinic adds hours", "HEALTH · Walk-in clinic adds hours"),
    ],
)
def test_tracked_capitals_close_up(line: str, closed: str) -> None:
    assert close_letterspacing(line) == closed


@pytest.mark.parametrize(
    "line",
    [
        "A NEW DAWN FOR THE HARBOUR",  # "A" is a word
        "PLAN B",  # one lone letter is no tracking
        "CIT Y HALL",  # one lone letter: already a kicker as it stands
        "I N S I D E the paper",  # lower case: running text
        "T O W N  H A L L  A N D  T H E  H A R B O U R  B O A R D  M E E T",  # too long
        "B. J. Okafor",
        "CITY | Council votes to close the baths",
    ],
)
def test_other_lines_stay(line: str) -> None:
    assert close_letterspacing(line) == line
