"""Pages of a ``pdftotext -raw`` extraction: no blank lines, so the whole page is one block
and headers are told by line shape alone. Small invented pages, read end to end."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Issue, Paragraph
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text
from newslayout.readers.text.s2_units.pages import ends_story
from newslayout.readers.text.s2_units.units import (
    continues_title,
    is_debris,
    is_folio_section,
    is_page_head,
    run_pieces,
    split_inline_kicker,
    title_pieces,
)


def _read(*lines: str) -> Issue:
    return read_text("\n".join(lines).encode(), options=ReadOptions(), log=Log())


def _headlines(issue: Issue) -> list[tuple[str, str]]:
    return [(a.kicker, a.headline) for a in issue.articles]


def test_end_signature_and_jump_out_end_a_story() -> None:
    assert ends_story("— Ada Ciepeert")
    assert ends_story("Continued on page 2")
    assert not ends_story("Continued from page 1")
    assert not ends_story("The council met on Monday.")


def test_title_in_capitals_goes_on_only_in_capitals() -> None:
    assert continues_title("TRAISSSTEAD", "ORCHARD TO CLOSE")
    assert not continues_title("AFTER A LONG WAIT", "he temporary council in Traissstead")
    assert continues_title("Harbour wall to be", "rebuilt by spring")


def test_headline_in_capitals_after_a_kicker_keeps_its_lines_and_the_lost_drop_cap() -> None:
    run = list(
        enumerate(
            ["TRAISSSTEAD", "ORCHARD TO CLOSE", "AFTER A LONG WAIT", "he temporary council",
             "was postponed on Saturday."],
            start=1,
        )
    )  # fmt: skip
    pieces = list(run_pieces(run, before_byline=False, after_kicker=True))
    assert [line for _, line in pieces[0]] == [
        "TRAISSSTEAD",
        "ORCHARD TO CLOSE",
        "AFTER A LONG WAIT",
    ]


def test_header_after_an_end_signature_opens_the_next_story() -> None:
    issue = _read(
        "The Wenmoor Signal",
        "Harbour wall will be rebuilt",
        "By Ada Ciepeert",
        "The harbour wall will be rebuilt by the spring, the council said on Monday.",
        "Work starts in March.",
        "— Ada Ciepeert",
        "Cixstead hospital to reopen",
        "late on Thursday",
        "ABOUT 876 inspectors visited the hospital, and the clinic will follow late on",
        "Thursday, the chair of the residents’ group said.",
    )
    assert ("", "Cixstead hospital to reopen late on Thursday") in _headlines(issue)


def test_kicker_over_a_headline_in_capitals_and_its_deck() -> None:
    issue = _read(
        "The Wenmoor Signal",
        "Ferry fares to rise in May",
        "By Ada Ciepeert",
        "Fares on the island ferry will rise in May, the operator said on Friday.",
        "TRANSPORT",
        "PARENTS FUND NORTHERN CLINIC",
        "Inspectors in Prouxfield say the bridge was expanded as passenger numbers keep growing",
        "By Alva Woun",
        "The regional clinic in Prouxfield was announced this spring as numbers grew.",
    )
    assert ("TRANSPORT", "PARENTS FUND NORTHERN CLINIC") in _headlines(issue)
    article = next(a for a in issue.articles if a.kicker == "TRANSPORT")
    assert article.deck.startswith("Inspectors in Prouxfield")


def test_advert_takes_only_the_title_above_it_on_a_page_sized_block() -> None:
    issue = _read(
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "“We have waited a long time for", "this,” said Vera Trail.", "— Ada Ciepeert",
        "Bridge delayed after inquiry", "By Hedda Feehenn",
        "Officials from Jieckbridge restored", "the narrow plan on Monday.",
        "The cost has risen to 686 pounds", "as passenger numbers grow.",
        "Work on the bakery stopped this", "spring, a local trader said.",
        "Proax & Sons", "44% off orchard supplies", "Call 04972 636649",
    )  # fmt: skip
    assert ("", "Bridge delayed after inquiry") in _headlines(issue)
    assert all("Proax" not in a.headline for a in issue.articles)


def test_running_head_above_the_first_header_stays_out_of_it() -> None:
    run = list(
        enumerate(
            ["The Dulton Herald · Tuesday 6 April 2027", "SCIENCE",
             "Naiston hospital to reopen after a long wait",
             "Neighbours in Naiston say the archive was reviewed while the old mill is shut"],
            start=1,
        )
    )  # fmt: skip
    pieces = [[line for _, line in piece] for piece in run_pieces(run, before_byline=True)]
    assert pieces[0] == ["The Dulton Herald · Tuesday 6 April 2027"]
    assert ["Naiston hospital to reopen after a long wait"] in pieces


def test_wrapped_title_between_stories_opens_an_article_on_a_page_without_blanks() -> None:
    lines = [
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "“We have waited a long time for", "this,” said Vera Trail, who runs",
        "the ferry café on the quay.", "The cost has risen to 686 pounds",
        "as passenger numbers grow.", "Work on the bakery stopped this",
        "spring, a local trader said.",
        "Larger shelter", "announced",
        "The small reservoir in Nismoor", "was opened within weeks as",
        "passenger numbers keep growing.", "Work on the pier began on",
        "Monday, the site manager said.",
    ]  # fmt: skip
    assert ("", "Larger shelter announced") in _headlines(_read(*lines))
    # with blank lines around its blocks the same page keeps the title as a subhead
    spaced = [*lines[:14], "", *lines[14:]]
    assert ("", "Larger shelter announced") not in _headlines(_read(*spaced))


def test_kicker_printed_on_the_headline_line_is_split_off() -> None:
    assert split_inline_kicker("HOUSING Old") == ("HOUSING", "Old")
    assert split_inline_kicker("C O U R T S Sheartmere airport") == ("COURTS", "Sheartmere airport")
    assert split_inline_kicker("CITY HALL Celbridge lighthouse") == (
        "CITY HALL",
        "Celbridge lighthouse",
    )
    assert split_inline_kicker("UK Budget cuts") is None  # an abbreviation opens the headline
    assert split_inline_kicker("THE COST has risen") is None  # a lead-in in capitals
    header = list(enumerate(["HOUSING Old", "lighthouse for", "Jeethton"], start=1))
    pieces = [[line for _, line in piece] for piece in title_pieces(header)]
    assert pieces == [["HOUSING"], ["Old", "lighthouse for", "Jeethton"]]


def test_kicker_printed_as_a_tag_under_its_headline() -> None:
    issue = _read(
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "“We have waited a long time for", "this,” said Vera Trail, who runs",
        "the ferry café on the quay.", "The cost has risen to 686 pounds",
        "as passenger numbers grow.", "Work on the bakery stopped this",
        "spring, a local trader said.", "Jirtdale school repaired after regional inquiry",
        "ENVIRONMENT",
        "Students in Jirtdale say the stadium was reviewed while the old building is repaired",
        "By Lena Rem and Nils Beezoar",
        "THE COST has risen to 120 pounds, the council said on Monday.",
    )  # fmt: skip
    assert ("ENVIRONMENT", "Jirtdale school repaired after regional inquiry") in _headlines(issue)


def _tagged(tag: str) -> Issue:
    return _read(
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "The cost has risen to 686 pounds", "as passenger numbers grow.",
        "Work on the bakery stopped this", "spring, a local trader said.",
        "Busy factory", "postponed", tag, "Edited by Bodil Shouhoull",
        "Officials from Voarholm and", "Womhaven inspected the small",
        "plan on Saturday morning.",
    )  # fmt: skip


def test_a_desk_tag_between_a_headline_and_its_byline_is_its_kicker() -> None:
    issue = _tagged("C O U R T S")  # letter-spaced, closed up by rule 0b
    assert ("COURTS", "Busy factory postponed") in _headlines(issue)
    assert all(a.headline != "COURTS" for a in issue.articles)


def _tag_over_text(head: str, tag: str, text: str) -> Issue:
    return _read(
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "The cost has risen to 686 pounds", "as passenger numbers grow.",
        "Work on the bakery stopped this spring, as",
        "the old building is repaired, a trader said.",
        head, tag, text, "vote the tunnel, and the factory will", "follow this spring.",
        "Work on the clinic began last week,", "a local trader said on Friday.",
        "Residents from Viembridge repaired", "the full-time plan on Tuesday.",
    )  # fmt: skip


def test_a_desk_tag_between_a_headline_and_its_text_is_its_kicker() -> None:
    issue = _tag_over_text(
        "Volunteers to temporary pier", "H E A LT H", "PERTTON — About 631 students"
    )
    assert ("HEALTH", "Volunteers to temporary pier") in _headlines(issue)


def test_a_desk_tag_under_a_short_name_over_figures_opens_no_story() -> None:
    issue = _tag_over_text("Wenmoor Signal", "WEATHER", "21° / 12°")
    assert all(a.headline != "Wenmoor Signal" for a in issue.articles)


def test_a_capitals_title_that_names_no_desk_over_a_byline_is_no_tag() -> None:
    issue = _tagged("LOCAL QUARRY FOR NEXPORT")
    assert ("LOCAL QUARRY FOR NEXPORT", "Busy factory postponed") not in _headlines(issue)


def test_a_page_head_is_a_full_date_closing_or_opening_the_line() -> None:
    assert is_page_head("2 NEWS The Sexbridge Gazette · Thursday, July 23, 2026")
    assert is_page_head("The Dulton Herald · Tuesday 6 April 2027")
    assert not is_page_head("On Tuesday 6 April 2027 the council met to")
    assert not is_page_head("The council met on Tuesday 6 April 2027.")


def _page(*lines: str) -> list[str]:
    body = [
        "The harbour wall will be rebuilt by", "the spring, the council said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "The cost has risen to 686 pounds", "as passenger numbers grow.",
        "Work on the bakery stopped this", "spring, a local trader said.",
    ]  # fmt: skip
    return [*lines, *body, *body]


def test_a_page_head_on_a_later_page_stays_out_of_the_header_under_it() -> None:
    first = _page("The Wenmoor Signal", "Thursday, July 23, 2026", "Harbour wall rebuilt",
                  "By Ada Ciepeert")  # fmt: skip
    later = _page("2 NEWS The Wenmoor Signal · Thursday, July 23, 2026",
                  "Bridge delayed after inquiry", "By Hedda Feehenn")  # fmt: skip
    issue = read_text(
        ("\n".join(first) + "\n\f" + "\n".join(later)).encode(), options=ReadOptions(), log=Log()
    )
    assert ("", "Bridge delayed after inquiry") in _headlines(issue)


def test_a_folio_and_section_line_under_the_page_head_is_furniture_not_a_kicker() -> None:
    first = _page("The Wenmoor Signal", "Thursday, July 23, 2026", "Harbour wall rebuilt",
                  "By Ada Ciepeert")  # fmt: skip
    later = _page("The Wenmoor Signal · Thursday, July 23, 2026", "3 SCIENCE",
                  "Bridge delayed after inquiry", "By Hedda Feehenn")  # fmt: skip
    issue = read_text(
        ("\n".join(first) + "\n\f" + "\n".join(later)).encode(), options=ReadOptions(), log=Log()
    )
    assert ("", "Bridge delayed after inquiry") in _headlines(issue)
    assert any(f.text == "3 SCIENCE" for f in issue.pages[1].furniture)


def test_a_folio_line_under_the_page_head_and_drop_capital_debris_is_furniture() -> None:
    assert is_folio_section("2 PUZZLES") and is_folio_section("A3 HEALTH")
    assert not is_folio_section("2 Puzzles to solve")
    assert is_debris(["W", "A", "“"]) and not is_debris(["W", "AT"])
    first = _page("The Wenmoor Signal", "Thursday, July 23, 2026", "Harbour wall rebuilt",
                  "By Ada Ciepeert")  # fmt: skip
    later = _page("The Wenmoor Signal · Thursday, July 23, 2026", "W", "A", "“", "2 PUZZLES",
                  "Bridge delayed after inquiry", "By Hedda Feehenn")  # fmt: skip
    issue = read_text(
        ("\n".join(first) + "\n\f" + "\n".join(later)).encode(), options=ReadOptions(), log=Log()
    )
    assert ("", "Bridge delayed after inquiry") in _headlines(issue)
    assert any(f.text == "2 PUZZLES" for f in issue.pages[1].furniture)


def test_a_desk_tag_under_a_headline_in_capitals_is_its_kicker() -> None:
    header = list(
        enumerate(
            ["NURSES A MODEST AIRPORT", "HEALTH",
             "Engineers in Leerstead say the clinic was postponed for a second platform"],
            start=1,
        )
    )  # fmt: skip
    pieces = [[line for _, line in piece] for piece in title_pieces(header)]
    assert pieces[0] == ["HEALTH"]
    assert pieces[1] == ["NURSES A MODEST AIRPORT"]


def test_a_headline_in_capitals_wrapping_onto_a_plain_word_keeps_it() -> None:
    header = list(
        enumerate(
            ["NURSES TO MEET ABOUT THE", "AIRPORT",
             "Engineers in Leerstead say the clinic was postponed for a second platform"],
            start=1,
        )
    )  # fmt: skip
    pieces = [[line for _, line in piece] for piece in title_pieces(header)]
    assert pieces[0] == ["NURSES TO MEET ABOUT THE", "AIRPORT"]


def _pieces(*lines: str, by_shape: bool = True) -> list[list[str]]:
    run = list(enumerate(lines, start=1))
    return [
        [line for _, line in piece]
        for piece in run_pieces(run, before_byline=False, by_shape=by_shape)
    ]


_NARROW_COLUMN = (
    "Drivers from Neesmoor and",
    "Keshaven reviewed the crow-",
    "ded plan on the morning.",
    "Crowded workshop moved",
    "Teachers from Galby and",
    "Chithwood approved the plan",
    "this spring. Other teachers",
    "from Huckbridge agreed.",
)


def test_a_column_wide_title_over_a_new_sentence_stands_alone() -> None:
    pieces = _pieces(*_NARROW_COLUMN)
    assert ["Crowded workshop moved"] in pieces
    assert pieces[-1][0] == "Teachers from Galby and"


def test_a_column_wide_title_is_split_off_only_on_a_page_without_blank_lines() -> None:
    assert ["Crowded workshop moved"] not in _pieces(*_NARROW_COLUMN, by_shape=False)


def test_a_line_ending_in_a_name_that_runs_on_is_no_title() -> None:
    # "along Orchard" / "Street": a capitalised last word may be a name going on.
    pieces = _pieces(
        "The council met on the morning.",
        "Drivers will be sent along Orchard",
        "Street while the bridge is shut and",
        "drivers will be told on the day.",
    )
    assert all(
        len(piece) > 1 or piece[0] != "Drivers will be sent along Orchard" for piece in pieces
    )


def test_a_line_over_a_capitalised_name_is_no_title() -> None:
    # "Harbour" is printed only with a capital: a name, so the line above runs on into it.
    pieces = _pieces(
        "The council met on the morning.",
        "Work on the pier resumed at",
        "Harbour Road, the site manager",
        "said. Builders were pleased.",
    )
    assert ["Work on the pier resumed at"] not in pieces
    pieces = _pieces(
        "The council met on the morning.",
        "Work on the pier was resumed",
        "Harbour Road said the manager,",
        "who is pleased.",
    )
    assert ["Work on the pier was resumed"] not in pieces


def test_a_column_wide_title_over_a_quote_or_a_capitals_lead_in_stands_alone() -> None:
    quoted = _pieces(
        "ded plan on the morning.",
        "Eastern clinic repaired",
        "“People deserve a straight",
        "answer,” said Bodil Thoard.",
    )
    assert ["Eastern clinic repaired"] in quoted
    lead_in = _pieces(
        "ded plan on the morning.",
        "Eastern clinic repaired",
        "ABOUT 46 planners push the",
        "tunnel, and the clinic follows.",
    )
    assert ["Eastern clinic repaired"] in lead_in


def test_a_sentence_opening_word_may_be_printed_in_lower_case_elsewhere_on_the_page() -> None:
    # "teachers" is printed in lower case only in another story (past a byline, another run).
    issue = _read(
        "The Wenmoor Signal", "Harbour wall will be rebuilt", "By Ada Ciepeert",
        "The harbour wall will be rebuilt by", "the spring, the teachers said.",
        "Work starts in March, and the", "quay will close for six weeks.",
        "The cost has risen to 686 pounds", "as passenger numbers grow.",
        "Ferry fares rise in the spring", "By Lena Rem",
        "The ferry will cost more in", "March, the operator said on", "the quay on Monday morning.",
        "Costly railway inspected", "Teachers from Cheellford and", "Bousston moved the costly",
        "plan on Saturday morning.", "Nurses from Nithdale and",
        "Stoungmere approved the plan", "within weeks, they said.",
    )  # fmt: skip
    texts = [
        "".join(run.text for run in block.runs)
        for article in issue.articles
        for block in article.blocks
        if isinstance(block, Paragraph)
    ]
    assert texts and not any(text.startswith("Costly railway inspected") for text in texts)
    assert any(text.startswith("Teachers from Cheellford") for text in texts)
