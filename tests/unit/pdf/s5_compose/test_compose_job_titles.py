"""Compose: a job-title line under a byline joins it ("By X" / "North Valley Correspondent"
is X, correspondent), instead of standing as a second byline naming no one (no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.model import Role as Contribution
from newslayout.readers.pdf.s5_compose.compose import bylines_with_titles
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block

REGION = Box(x0=10, top=100, x1=300, bottom=400)


def _byline(text: str, top: float) -> ClassifiedBlock:
    return classified(text_block(text, 10, top, 8.0, region=REGION), BlockRole.BYLINE)


def test_a_correspondent_title_under_the_name_sets_the_role() -> None:
    got = bylines_with_titles(
        [_byline("By Ruth Abernathy", 100), _byline("North Valley Correspondent", 110)], 1
    )
    assert len(got) == 1
    assert [(c.name, c.role) for c in got[0].contributors] == [
        ("Ruth Abernathy", Contribution.CORRESPONDENT)
    ]
    assert len(got[0].spans) == 2


def test_a_staff_title_under_the_name_keeps_the_author() -> None:
    got = bylines_with_titles([_byline("By Ola Persson", 100), _byline("Staff Writer", 110)], 1)
    assert [(c.name, c.role) for c in got[0].contributors] == [("Ola Persson", Contribution.AUTHOR)]
    assert len(got) == 1


def test_two_naming_bylines_stay_two() -> None:
    got = bylines_with_titles([_byline("By Ola Persson", 100), _byline("By Hanne Lykke", 110)], 1)
    assert [c.name for b in got for c in b.contributors] == ["Ola Persson", "Hanne Lykke"]
    assert len(got) == 2


def test_a_title_with_no_name_above_stays_as_printed() -> None:
    got = bylines_with_titles([_byline("Staff Writer", 110)], 1)
    assert len(got) == 1 and got[0].contributors == ()
