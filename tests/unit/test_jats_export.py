"""The JATS export, element by element, on small invented issues (no DTD needed here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newslayout.diagnostics import Log
from newslayout.errors import UsageError
from newslayout.model import (
    Article,
    Asset,
    Block,
    Byline,
    Contributor,
    Figure,
    Graphic,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Role,
    Run,
    Sidebar,
    Span,
    Subhead,
    plain_runs,
)
from newslayout.options import WriteOptions
from newslayout.writers.jats import write_jats
from newslayout.writers.jats.journal import normalize_issn

ISSN = "1234-5679"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def para(text: str, page: int | None = None) -> Paragraph:
    return Paragraph(runs=plain_runs(text), spans=(Span(page=page),) if page else ())


def make_issue(*articles: Article, **meta: str) -> Issue:
    fields = {"publication": "The Harbor Ledger", "date_iso": "2026-03-03"} | meta
    pages = tuple(Page(number=n, label=f"A{n}") for n in range(1, 6))
    return Issue(meta=IssueMeta(**fields), pages=pages, articles=articles)


def article(*blocks: Block, **fields: object) -> Article:
    values: dict[str, object] = {"id": "a1", "headline": "Seawall vote"} | fields
    return Article(blocks=blocks, **values)  # type: ignore[arg-type]


def export(issue: Issue, **options: str) -> tuple[dict[str, bytes], Log]:
    log = Log()
    opts = {"issn": ISSN} | options
    return write_jats(issue, options=WriteOptions(**opts), log=log), log  # type: ignore[arg-type]


def root_of(issue: Issue, name: str = "a1.xml", **options: str) -> etree._Element:
    files, _ = export(issue, **options)
    return etree.fromstring(files[name])


def codes(log: Log) -> list[str]:
    return [d.code for d in log]


def texts(root: etree._Element, path: str) -> list[str]:
    return ["".join(str(t) for t in e.itertext()) for e in root.iterfind(path)]


# --- tag sets and journal-meta -----------------------------------------------------------


def test_unknown_tag_set_is_a_usage_error_naming_both() -> None:
    with pytest.raises(UsageError) as caught:
        export(make_issue(article()), tag_set="publishing-1.2")
    assert "publishing-1.3" in str(caught.value) and "archiving-1.1" in str(caught.value)


@pytest.mark.parametrize(
    ("tag_set", "version", "public_id"),
    [
        ("publishing-1.3", "1.3", "Journal Publishing DTD with MathML3 v1.3 20210610"),
        ("archiving-1.1", "1.1", "Journal Archiving and Interchange DTD v1.1 20151215"),
    ],
)
def test_doctype_and_dtd_version_follow_the_tag_set(
    tag_set: str, version: str, public_id: str
) -> None:
    files, _ = export(make_issue(article()), tag_set=tag_set)
    tree = etree.fromstring(files["a1.xml"]).getroottree()
    assert public_id in (tree.docinfo.public_id or "")
    assert tree.getroot().get("dtd-version") == version
    assert tree.getroot().get("article-type") == "news"


def test_publishing_without_issn_refuses_and_names_the_option() -> None:
    with pytest.raises(UsageError) as caught:
        write_jats(make_issue(article()), options=WriteOptions(), log=Log())
    assert "WriteOptions.issn" in str(caught.value) and "archiving-1.1" in str(caught.value)


def test_archiving_without_issn_writes_no_issn() -> None:
    files, _ = export(make_issue(article()), tag_set="archiving-1.1", issn="")
    assert etree.fromstring(files["a1.xml"]).find(".//issn") is None


def test_publishing_needs_a_journal_id_from_somewhere() -> None:
    with pytest.raises(UsageError, match=r"WriteOptions\.journal_id"):
        export(make_issue(article(), publication=""))
    root = root_of(make_issue(article(), publication=""), journal_id="hl")
    assert texts(root, ".//journal-id") == ["hl"]


def test_journal_meta_from_publication_and_options() -> None:
    root = root_of(make_issue(article()), publisher="Harbor Ledger Media")
    assert texts(root, ".//journal-id") == ["the-harbor-ledger"]
    assert texts(root, ".//journal-title") == ["The Harbor Ledger"]
    assert texts(root, ".//issn") == [ISSN]
    assert texts(root, ".//publisher/publisher-name") == ["Harbor Ledger Media"]


def test_missing_publisher_is_an_info_naming_the_option() -> None:
    files, log = export(make_issue(article()))
    [note] = [d for d in log if d.code == "jats-missing-publisher"]
    assert "WriteOptions.publisher" in note.message
    assert etree.fromstring(files["a1.xml"]).find(".//publisher") is None


@pytest.mark.parametrize(
    ("raw", "expected"), [("12345679", "1234-5679"), ("1000-002x", "1000-002X")]
)
def test_issn_is_normalised(raw: str, expected: str) -> None:
    assert normalize_issn(raw) == expected


@pytest.mark.parametrize("raw", ["1234-5678", "123-45679", "ISSN 1234"])
def test_bad_issn_is_a_usage_error(raw: str) -> None:
    with pytest.raises(UsageError, match=r"WriteOptions\.issn"):
        normalize_issn(raw)


# --- article-meta ------------------------------------------------------------------------


def test_titles_categories_and_ids() -> None:
    art = article(headline="Seawall  vote", decks=("Two years late",), kicker="CITY HALL")
    root = root_of(make_issue(art))
    assert texts(root, ".//title-group/article-title") == ["Seawall vote"]
    assert texts(root, ".//subtitle[@content-type='deck']") == ["Two years late"]
    assert texts(root, ".//alt-title[@alt-title-type='kicker']") == ["CITY HALL"]
    assert texts(root, ".//subj-group[@subj-group-type='kicker']/subject") == ["CITY HALL"]
    assert texts(root, ".//article-id[@pub-id-type='publisher-id']") == ["a1"]


def test_section_falls_back_to_the_page_section() -> None:
    pages = (Page(number=1, section="HARBOR & ISLANDS"),)
    art = article(para("x", page=1))
    issue = Issue(meta=IssueMeta(publication="P"), pages=pages, articles=(art,))
    root = etree.fromstring(export(issue)[0]["a1.xml"])
    assert texts(root, ".//subj-group[@subj-group-type='section']/subject") == ["HARBOR & ISLANDS"]


def test_contributors_roles_and_name_styles() -> None:
    byline = Byline(
        printed="By LU Zijian and Maria Okafor; edited by Ana de la Cruz",
        contributors=(
            Contributor(name="LU Zijian", surname="LU", given_names="Zijian"),
            Contributor(name="Maria Okafor", role=Role.CORRESPONDENT),
            Contributor(name="Ana de la Cruz", role=Role.EDITOR),
            Contributor(name="Sam Ito", role=Role.PHOTOGRAPHER),
        ),
    )
    files, log = export(make_issue(article(bylines=(byline,))))
    root = etree.fromstring(files["a1.xml"])
    contribs = root.findall(".//contrib")
    assert [c.get("contrib-type") for c in contribs] == [
        "author",
        "author",
        "editor",
        "photographer",
    ]
    assert [texts(c, "role") for c in contribs] == [
        [],
        ["Correspondent"],
        ["Editor"],
        ["Photographer"],
    ]
    lu = contribs[0].find("name-alternatives/name")
    assert lu is not None and lu.get("name-style") == "eastern"
    assert texts(contribs[0], ".//surname") == ["LU"]
    assert texts(contribs[0], ".//string-name") == ["LU Zijian"]
    assert texts(contribs[2], ".//surname") == ["de la Cruz"]
    assert texts(root, ".//custom-meta[meta-name='printed-byline']/meta-value") == [byline.printed]
    # three names were split by the export (the reader gave only LU Zijian's parts)
    assert codes(log).count("jats-guessed-name") == 3


def test_pub_date_from_a_range_is_its_first_day() -> None:
    issue = make_issue(article(), date_iso="2026-03-03/2026-03-04", date_text="MARCH 3-4, 2026")
    files, log = export(issue)
    date = etree.fromstring(files["a1.xml"]).find(".//pub-date")
    assert date is not None and date.get("iso-8601-date") == "2026-03-03"
    assert [(e.tag, e.text) for e in date] == [("day", "03"), ("month", "03"), ("year", "2026")]
    assert "jats-date-range" in codes(log)
    archived = root_of(issue, tag_set="archiving-1.1")
    assert texts(archived, ".//pub-date/string-date") == ["MARCH 3-4, 2026"]


def test_partial_and_bad_dates() -> None:
    month = root_of(make_issue(article(), date_iso="2026-03"))
    assert [e.tag for e in month.iterfind(".//pub-date/*")] == ["month", "year"]
    files, log = export(make_issue(article(), date_iso="2026-02-30"))
    assert etree.fromstring(files["a1.xml"]).find(".//pub-date") is None
    assert "jats-missing-date" in codes(log)


def test_volume_issue_and_pages_from_spans() -> None:
    art = article(para("one", page=1), para("two", page=2), para("five", page=5))
    root = root_of(make_issue(art, volume="7", number="41"))
    assert texts(root, ".//volume") == ["7"] and texts(root, ".//issue") == ["41"]
    assert texts(root, ".//fpage") == ["A1"] and texts(root, ".//lpage") == ["A5"]
    assert texts(root, ".//page-range") == ["A1-A2, A5"]
    page_count = root.find(".//counts/page-count")
    assert page_count is not None and page_count.get("count") == "3"


def test_fpage_seq_tells_articles_on_one_page_apart() -> None:
    first = article(para("x", page=1))
    second = article(para("y", page=1), id="a2")
    alone = article(para("z", page=2), id="a3")
    files, _ = export(make_issue(first, second, alone))
    seqs = [etree.fromstring(files[f"a{n}.xml"]).find(".//fpage") for n in (1, 2, 3)]
    assert [s.get("seq") for s in seqs if s is not None] == ["a", "b", None]


def test_jumps_become_related_articles_with_page_labels() -> None:
    jumps = (
        Jump(direction=JumpDirection.ON, text="See page 3", from_page=1, to_page=3),
        Jump(direction=JumpDirection.FROM, text="Continued from page 1", from_page=1, to_page=3),
    )
    root = root_of(make_issue(article(jumps=jumps)))
    related = root.findall(".//article-meta/related-article")
    assert [(r.get("related-article-type"), r.get("page"), r.text) for r in related] == [
        ("continued-on", "A3", "See page 3"),
        ("continued-from", "A1", "Continued from page 1"),
    ]
    assert all(r.get(XLINK_HREF) is None for r in related)


# --- body --------------------------------------------------------------------------------


def test_subheads_open_sections_and_leading_paragraphs_stay_in_body() -> None:
    art = article(para("lead"), Subhead(text="Night checks"), para("inside"), Subhead(text="  "))
    files, log = export(make_issue(art))
    body = etree.fromstring(files["a1.xml"]).find("body")
    assert body is not None
    assert [e.tag for e in body] == ["p", "sec"]
    assert texts(body, "sec/title") == ["Night checks"] and texts(body, "sec/p") == ["inside"]
    assert "jats-dropped-block" in codes(log)  # the blank subhead


def test_inline_runs_keep_italic_and_bold() -> None:
    runs = (
        Run(text="a "),
        Run(text="b", italic=True),
        Run(text=" c "),
        Run(text="d", bold=True, italic=True),
    )
    body = root_of(make_issue(article(Paragraph(runs=runs)))).find("body")
    assert body is not None
    p = body[0]
    p.tail = None
    expected = b"<p>a <italic>b</italic> c <bold><italic>d</italic></bold></p>"
    assert (
        etree.tostring(p).replace(b' xmlns:xlink="http://www.w3.org/1999/xlink"', b"") == expected
    )


def test_figure_caption_graphic_and_attrib() -> None:
    figure = Figure(
        id="a1-f1",
        caption=plain_runs("Waves at Tern Street."),
        credit="Sam Ito / The Harbor Ledger",
        credit_printed="(PHOTO: Sam Ito / The Harbor Ledger)",
        graphic=Graphic(href="issue-images/p1-1.jpg", media_type="image/jpeg"),
    )
    issue = make_issue(article(figure))
    issue = Issue(meta=issue.meta, pages=issue.pages, articles=issue.articles,
                  assets=(Asset(href="issue-images/p1-1.jpg", data=b"jpeg"),))  # fmt: skip
    fig = root_of(issue).find(".//fig")
    assert fig is not None and fig.get("id") == "a1-f1"
    assert [e.tag for e in fig] == ["caption", "graphic", "attrib"]
    assert texts(fig, "caption/p") == ["Waves at Tern Street."]
    graphic = fig.find("graphic")
    assert graphic is not None and graphic.get(XLINK_HREF) == "issue-images/p1-1.jpg"
    assert (graphic.get("mimetype"), graphic.get("mime-subtype")) == ("image", "jpeg")
    assert texts(fig, "attrib") == ["Sam Ito / The Harbor Ledger"]


def test_pull_quote_list_and_sidebar() -> None:
    art = article(
        PullQuote(runs=plain_runs("A season."), attribution="Mayor Caldwell"),
        ListBlock(items=(ListItem(runs=plain_runs("one")), ListItem(runs=plain_runs("two")))),
        ListBlock(items=(), ordered=True),
        Sidebar(
            title="By the numbers", blocks=(para("1.4 km"), Subhead(text="Cost"), para("$48m"))
        ),
    )
    files, log = export(make_issue(art))
    body = etree.fromstring(files["a1.xml"]).find("body")
    assert body is not None
    assert [e.tag for e in body] == ["disp-quote", "list", "boxed-text"]
    assert texts(body, "disp-quote/p") == ["A season."]
    assert texts(body, "disp-quote/attrib") == ["Mayor Caldwell"]
    assert body[1].get("list-type") == "bullet" and texts(body, "list/list-item/p") == [
        "one",
        "two",
    ]
    assert texts(body, "boxed-text/caption/title") == ["By the numbers"]
    assert texts(body, "boxed-text/p") == ["1.4 km"] and texts(body, "boxed-text/sec/p") == ["$48m"]
    assert codes(log).count("jats-dropped-block") == 1  # the empty ordered list


def test_mixed_content_is_not_indented() -> None:
    quote = PullQuote(runs=(Run(text="Only italic", italic=True),))
    files, _ = export(make_issue(article(quote)))
    assert b"<p><italic>Only italic</italic></p>" in files["a1.xml"]


# --- hygiene, ids, files, images ---------------------------------------------------------


def test_forbidden_characters_are_removed_and_reported() -> None:
    files, log = export(make_issue(article(para("tide\x0ctable\x00"))))
    assert texts(etree.fromstring(files["a1.xml"]), ".//body/p") == ["tidetable"]
    [warning] = [d for d in log if d.code == "jats-invalid-character"]
    assert "2 character" in warning.message


def test_unusable_and_duplicate_ids_are_renamed() -> None:
    fig = Figure(id="1 photo", caption=plain_runs("c"))
    files, log = export(make_issue(article(fig, id="a/1"), article(id="a/1")))
    assert sorted(files) == ["article-1.xml", "article-2.xml"]
    fig_element = etree.fromstring(files["article-1.xml"]).find(".//fig")
    assert fig_element is not None and fig_element.get("id") == "x1-photo"
    assert codes(log).count("jats-renamed-id") == 3


def test_duplicate_article_ids_get_distinct_files() -> None:
    files, _ = export(make_issue(article(), article(headline="Other")))
    assert sorted(files) == ["a1-2.xml", "a1.xml"]


def test_images_found_beside_the_input_are_included(tmp_path: Path) -> None:
    (tmp_path / "imgs").mkdir()
    (tmp_path / "imgs" / "p1-1.png").write_bytes(b"png bytes")
    figures = (
        Figure(id="f1", graphic=Graphic(href="imgs/p1-1.png")),
        Figure(id="f2", graphic=Graphic(href="imgs/absent.png")),
        Figure(id="f3", graphic=Graphic(href="../outside.png")),
        Figure(id="f4", graphic=Graphic(href="https://example.org/x.png")),
    )
    log = Log()
    options = WriteOptions(issn=ISSN, base_dir=tmp_path)
    files = write_jats(make_issue(article(*figures)), options=options, log=log)
    assert files["imgs/p1-1.png"] == b"png bytes"
    assert set(files) == {"a1.xml", "imgs/p1-1.png"}
    assert codes(log).count("jats-missing-image") == 1
    assert codes(log).count("jats-unsafe-href") == 1


def test_no_articles_writes_nothing_and_says_so() -> None:
    files, log = export(make_issue())
    assert files == {} and codes(log) == ["jats-missing-publisher", "jats-no-articles"]


def test_missing_headline_and_bad_language_are_reported() -> None:
    # The only article, with nothing to take a headline from: kept, and reported.
    files, log = export(make_issue(article(para("x", page=1), headline=""), language="en_GB!"))
    root = etree.fromstring(files["a1.xml"])
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    assert {"headless-alone", "jats-missing-headline", "jats-bad-language"} <= set(codes(log))


def test_a_headless_article_joins_the_story_before_it() -> None:
    lead = article(para("Lead text.", page=1))
    rest = article(para("Left-over text.", page=1), id="a2", headline=" ")
    files, log = export(make_issue(lead, rest))
    assert sorted(files) == ["a1.xml"]
    assert texts(etree.fromstring(files["a1.xml"]), ".//body/p") == [
        "Lead text.",
        "Left-over text.",
    ]
    assert "headless-article" in codes(log) and "jats-missing-headline" not in codes(log)


def test_export_is_deterministic() -> None:
    issue = make_issue(article(para("x", page=1), kicker="K"), article(id="a2"))
    assert export(issue)[0] == export(issue)[0]
