"""The inspect JSON contract and the readable outline."""

from __future__ import annotations

import json
from typing import Any

from newslayout.inspect import issue_to_json, issue_to_json_text, outline
from newslayout.model import (
    Article,
    Byline,
    Contributor,
    Figure,
    Graphic,
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
            "external_jump": None,
            "standalone_photo": False,
            "is_box": False,
            "sidebar_of": None,
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


def _front_page() -> Issue:
    """A single front page: stories jumping out of the file, teasers to pages it lacks, a
    multi-bank headline, a fact box of the lead story and a photo with only a title."""
    lead = Article(
        id="lead",
        headline="Officials find no fraud",
        decks=("Members of Both Parties  Praise Process", "Rejection of the claims"),
        blocks=(Paragraph(runs=(Run(text="Election officials said."),), spans=(Span(page=1),)),),
        jumps=(
            Jump(
                direction=JumpDirection.ON,
                text="Continued on Page A15",
                from_page=1,
                to_page=None,
                to_label="A15",
            ),
        ),
    )
    box = Article(
        id="box",
        headline="Fighting a False Claim",
        boxed=True,
        sidebar_of="lead",
        blocks=(Paragraph(runs=(Run(text="Claims and facts."),), spans=(Span(page=1),)),),
    )
    photo = Article(
        id="photo",
        headline="Black Lives Matter",
        blocks=(Figure(id="photo-f1", caption=(Run(text="A march."),), spans=(Span(page=1),)),),
    )
    teasers = (
        Teaser(text="Flight of the Fraudsters", target_label="A9"),
        Teaser(text="St. Thomas College", target_label="8"),
        Teaser(text="Inside this file", target_page=1, target_label="A1"),
    )
    return Issue(pages=(Page(number=1, label="A1", teasers=teasers),), articles=(lead, box, photo))


def test_json_keeps_printed_labels_of_targets_outside_the_file() -> None:
    data = issue_to_json(_front_page())
    pages: list[dict[str, Any]] = data["pages"]  # type: ignore[assignment]
    assert pages[0]["teasers"] == [
        {"text": "Flight of the Fraudsters", "target_page": "A9"},
        {"text": "St. Thomas College", "target_page": 8},
        {"text": "Inside this file", "target_page": 1},
    ]
    articles: list[dict[str, Any]] = data["articles"]  # type: ignore[assignment]
    lead = articles[0]
    assert lead["pages"] == [1]
    assert lead["jumps"] == []
    assert lead["external_jump"] == {"jump_text": "Continued on Page A15", "to_page": "A15"}


def test_json_joins_decks_and_flags_boxes_and_standalone_photos() -> None:
    articles: list[dict[str, Any]] = issue_to_json(_front_page())["articles"]  # type: ignore[assignment]
    lead, box, photo = articles
    assert lead["deck"] == "Members of Both Parties Praise Process\nRejection of the claims"
    assert (lead["is_box"], lead["sidebar_of"], lead["standalone_photo"]) == (False, None, False)
    assert (box["is_box"], box["sidebar_of"], box["standalone_photo"]) == (True, "lead", False)
    assert photo["standalone_photo"] is True and photo["deck"] is None
    assert [b["type"] for b in photo["blocks"]] == ["figure"]


def test_outline_shows_labels_decks_and_boxes() -> None:
    text = outline(_front_page())
    assert "teaser: Flight of the Fraudsters -> page A9 (not in the file)" in text
    assert "'Continued on Page A15' (continued-on, page 1 -> A15, not in the file)" in text
    assert "deck: Members of Both Parties  Praise Process\n      deck: Rejection" in text
    assert "box of [lead]" in text
    assert (
        "[photo] Black Lives Matter\n      pages: 1 · 0 words\n      photo with a title only"
        in text
    )


def test_json_lists_a_bare_picture_apart_from_the_figures() -> None:
    """The contract's figures are captioned pictures: a snapshot or a credited headshot
    printed without a caption is a ``picture`` block (kept, with its credit and page); a
    credit line read without any picture (the text reader's) stays a figure; a stand-alone
    photo with only its title is still flagged as one."""
    image = Graphic(href="p1-1.jpg")
    portrait = Figure(id="f1", credit="privat", graphic=image, spans=(Span(page=1),))
    snapshot = Figure(id="f2", graphic=image, spans=(Span(page=1),))
    credit_line = Figure(id="f3", credit="Sam Ito")
    story = Article(
        id="s",
        headline="Column",
        blocks=(portrait, Paragraph(runs=(Run(text="Text."),)), snapshot, credit_line),
    )
    photo = Article(id="p", headline="Black Lives Matter", blocks=(Figure(id="f4", graphic=image),))
    articles: list[dict[str, Any]] = issue_to_json(Issue(articles=(story, photo)))["articles"]  # type: ignore[assignment]
    assert articles[0]["blocks"] == [
        {"type": "picture", "caption": "", "credit": "privat", "page": 1},
        {"type": "p", "text": "Text."},
        {"type": "picture", "caption": "", "credit": None, "page": 1},
        {"type": "figure", "caption": "", "credit": "Sam Ito", "page": None},
    ]
    assert [b["type"] for b in articles[1]["blocks"]] == ["picture"]
    assert articles[1]["standalone_photo"] is True
