"""The inspect JSON contract and the readable outline."""

from __future__ import annotations

import json

from newslayout.inspect import issue_to_json, issue_to_json_text, outline
from newslayout.model import (
    Article,
    Byline,
    Contributor,
    Figure,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    Page,
    Paragraph,
    PullQuote,
    Role,
    Run,
    Span,
    Subhead,
    Teaser,
)


def _issue() -> Issue:
    article = Article(
        id="a1",
        kicker="ENERGY",
        headline="Tidal  power plan\nclears vote",
        bylines=(
            Byline(
                printed="By Maria Okafor & WANG Xiaoxia",
                contributors=(
                    Contributor(name="Maria Okafor"),
                    Contributor(name="WANG Xiaoxia", surname="WANG", given_names="Xiaoxia"),
                ),
            ),
            Byline(
                printed="Edited by Tom Reyes",
                contributors=(Contributor(name="Tom Reyes", role=Role.EDITOR),),
            ),
        ),
        blocks=(
            Paragraph(
                runs=(Run(text="The council "), Run(text="voted", italic=True)),
                spans=(Span(page=1), Span(page=3)),
            ),
            Subhead(text="Next steps"),
            Figure(
                id="a1-f1",
                caption=(Run(text="The turbine."),),
                credit="Sam Ito",
                spans=(Span(page=1),),
            ),
            PullQuote(runs=(Run(text="It works."),)),
        ),
        jumps=(
            Jump(
                direction=JumpDirection.ON, text="See page 3", from_page=1, to_page=3, resolved=True
            ),
            Jump(
                direction=JumpDirection.FROM, text="Continued from page 1", from_page=1, to_page=3
            ),
        ),
        spans=(Span(page=1),),
    )
    return Issue(
        meta=IssueMeta(
            publication="The Harbor Ledger",
            volume="7",
            number="41",
            date_text="MARCH 3-4, 2026",
            date_iso="2026-03-03/2026-03-04",
        ),
        pages=(
            Page(number=1, teasers=(Teaser(text="Ferry goes paperless", target_page=3),)),
            Page(number=3),
        ),
        articles=(article,),
    )


def test_json_shape_matches_the_contract() -> None:
    data = issue_to_json(_issue())
    assert data["issue"] == {
        "publication": "The Harbor Ledger",
        "volume": "7",
        "number": "41",
        "date_text": "MARCH 3-4, 2026",
        "date_iso": "2026-03-03/2026-03-04",
        "pages": 2,
    }
    assert data["pages"] == [
        {"number": 1, "teasers": [{"text": "Ferry goes paperless", "target_page": 3}]},
        {"number": 3, "teasers": []},
    ]
    assert data["articles"] == [
        {
            "id": "a1",
            "headline": "Tidal power plan clears vote",
            "deck": None,
            "kicker": "ENERGY",
            "bylines": [
                {"name": "Maria Okafor", "role": "author"},
                {"name": "WANG Xiaoxia", "role": "author"},
                {"name": "Tom Reyes", "role": "editor"},
            ],
            "pages": [1, 3],
            "jumps": [{"from_page": 1, "to_page": 3, "jump_text": "See page 3"}],
            "blocks": [
                {"type": "p", "text": "The council voted"},
                {"type": "subhead", "text": "Next steps"},
                {"type": "figure", "caption": "The turbine.", "credit": "Sam Ito", "page": 1},
                {"type": "quote", "text": "It works."},
            ],
        }
    ]


def test_json_text_is_stable_and_unicode() -> None:
    text = issue_to_json_text(_issue())
    assert json.loads(text) == issue_to_json(_issue())
    assert text == issue_to_json_text(_issue())


def test_outline_names_the_parts() -> None:
    text = outline(_issue())
    assert "The Harbor Ledger" in text and "2026-03-03/2026-03-04" in text
    assert "teaser: Ferry goes paperless -> page 3" in text
    assert "ENERGY | Tidal" in text
    assert "WANG Xiaoxia (author)" in text and "pages: 1, 3" in text
    assert "'See page 3' (continued-on, page 1 -> 3, threaded)" in text


def test_dateline_starts_the_first_paragraph_once() -> None:
    apart = Article(
        id="a1",
        headline="H",
        dateline="HARBOR CITY —",
        blocks=(Paragraph(runs=(Run(text="The ferry left."),)),),
    )
    inline = Article(
        id="a2",
        headline="H",
        dateline="HARBOR CITY —",
        blocks=(Paragraph(runs=(Run(text="HARBOR CITY — The ferry left."),)),),
    )
    for article in (apart, inline):
        data = issue_to_json(Issue(articles=(article,)))
        blocks = data["articles"][0]["blocks"]  # type: ignore[index]
        assert blocks == [{"type": "p", "text": "HARBOR CITY — The ferry left."}]
