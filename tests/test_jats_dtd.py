"""Every exported JATS article validates against the official NISO DTDs.

The DTDs are test data kept outside the repository (``../shared/jats`` or
``$NEWSLAYOUT_JATS_DIR``; see its README). The sources are: a synthetic issue that uses every
block kind and name form, the sample issue ``samples/harbor-ledger.xml``, and every PDF of the
development corpus ``tests/corpus``, each exported in both tag sets with an ISSN given.
``test_jats_pandoc.py`` reuses the sources of this module (and their one-time reads).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import issues

import newslayout
from newslayout.api import validate as api_validate
from newslayout.diagnostics import Log, Severity
from newslayout.dtd import validate_with_dtd
from newslayout.errors import UsageError
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

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "harbor-ledger.xml"
CORPUS = REPO / "tests" / "corpus"
#: The ISO 3297 example ISSN (valid check digit); tests never need a real one.
TEST_ISSN = "1234-5679"
MAIN_DTDS = {
    "publishing-1.3": "publishing-1.3/JATS-journalpublishing1-3-mathml3.dtd",
    "archiving-1.1": "archiving-1.1/JATS-archivearticle1.dtd",
}
TAG_SETS = tuple(MAIN_DTDS)


def jats_dir() -> Path | None:
    """``$NEWSLAYOUT_JATS_DIR``, else ``../shared/jats`` beside the repository, if present."""
    configured = os.environ.get("NEWSLAYOUT_JATS_DIR")
    for candidate in (Path(configured) if configured else None, REPO.parent / "shared" / "jats"):
        if candidate is not None and (candidate / MAIN_DTDS["archiving-1.1"]).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def dtds() -> dict[str, Path]:
    """Tag set -> main DTD file (each is parsed once per process by ``newslayout.dtd``)."""
    folder = jats_dir()
    if folder is None:
        pytest.skip("JATS DTDs not found: set NEWSLAYOUT_JATS_DIR or provide ../shared/jats")
    return {name: folder / relative for name, relative in MAIN_DTDS.items()}


def _span(page: int) -> tuple[Span, ...]:
    return (Span(page=page),)


def rich_issue() -> Issue:
    """An invented issue using every block kind, role and name form the export knows."""
    seawall = Article(
        id="a1",
        headline="Council backs plan to rebuild the east seawall",
        kicker="CITY HALL",
        decks=("Vote ends two years of delay; Tern Street pays a smaller levy",),
        dateline="HARBOR CITY —",
        bylines=(
            Byline(
                printed="By Maria Okafor and LU Zijian",
                contributors=(
                    Contributor(name="Maria Okafor", surname="Okafor", given_names="Maria"),
                    Contributor(name="LU Zijian"),
                ),
            ),
            Byline(
                printed="Edited by Ana de la Cruz; photos by Sam Ito",
                contributors=(
                    Contributor(name="Ana de la Cruz", role=Role.EDITOR),
                    Contributor(name="Sam Ito", role=Role.PHOTOGRAPHER),
                ),
            ),
        ),
        blocks=(
            Figure(
                id="a1-f1",
                caption=(Run(text="Waves break over the "), Run(text="old", italic=True)),
                credit="Sam Ito / The Harbor Ledger",
                credit_printed="(PHOTO: Sam Ito / The Harbor Ledger)",
                graphic=Graphic(href="issue-images/p1-1.jpg", media_type="image/jpeg"),
                spans=_span(1),
            ),
            Paragraph(
                runs=(
                    Run(text="HARBOR CITY — The council voted "),
                    Run(text="7-2", bold=True),
                    Run(text=" on "),
                    Run(text="Tuesday night", bold=True, italic=True),
                    Run(text=" to rebuild the wall."),
                ),
                spans=_span(1),
            ),
            Subhead(text="A smaller levy", spans=_span(1)),
            Paragraph(
                runs=plain_runs("The levy on 300 households was cut by half."), spans=_span(1)
            ),
            PullQuote(
                runs=plain_runs("Every patch bought us a season."),
                attribution="Mayor Ines Caldwell",
                spans=_span(3),
            ),
            Paragraph(runs=plain_runs("Work begins in September."), spans=_span(3)),
            ListBlock(
                items=(
                    ListItem(runs=plain_runs("Granite facing")),
                    ListItem(runs=plain_runs("A taller crest")),
                ),
                ordered=True,
                spans=_span(3),
            ),
            Sidebar(
                title="By the numbers",
                blocks=(
                    Paragraph(runs=plain_runs("1.4 kilometres of wall.")),
                    Subhead(text="Cost"),
                    Paragraph(runs=plain_runs("Forty-eight million dollars.")),
                ),
                spans=_span(3),
            ),
        ),
        jumps=(
            Jump(
                direction=JumpDirection.ON,
                text="See SEAWALL, Page 3",
                from_page=1,
                to_page=3,
                resolved=True,
                spans=_span(1),
            ),
            Jump(
                direction=JumpDirection.FROM,
                text="SEAWALL, from Page 1",
                from_page=1,
                to_page=3,
                resolved=True,
                spans=_span(3),
            ),
        ),
        spans=_span(1),
    )
    ferry = Article(
        id="a2",
        headline="Ferry leaves earlier from Monday",
        article_type="brief",
        section="ISLANDS",
        bylines=(
            Byline(
                printed="By WANG Xiaoxia, Island Correspondent",
                contributors=(Contributor(name="WANG Xiaoxia", role=Role.CORRESPONDENT),),
            ),
        ),
        blocks=(Paragraph(runs=plain_runs("The first boat now leaves at 6:10."), spans=_span(1)),),
        spans=_span(1),
    )
    return Issue(
        meta=IssueMeta(
            publication="The Harbor Ledger",
            volume="7",
            number="41",
            edition="WEEKEND EDITION",
            date_text="MARCH 3-4, 2026",
            date_iso="2026-03-03/2026-03-04",
        ),
        pages=(Page(number=1, label="1"), Page(number=2, label="2"), Page(number=3, label="3")),
        articles=(seawall, ferry),
    )


@cache
def source_issue(name: str) -> Issue:
    """An issue by source name ("rich", "sample", or a corpus PDF path), read once."""
    if name == "rich":
        return rich_issue()
    path = SAMPLE if name == "sample" else Path(name)
    assert path.is_file(), f"{path} is missing: the JATS tests need it"
    issue, _ = newslayout.read(path)
    return issue


def corpus_pdfs() -> list[str]:
    return [str(p) for p in sorted(CORPUS.glob("*.pdf"))]


@cache
def exported(name: str, tag_set: str) -> dict[str, bytes]:
    """The JATS files (articles only) of a source in a tag set, with the test ISSN."""
    issue = source_issue(name)
    files = write_jats(issue, options=WriteOptions(tag_set=tag_set, issn=TEST_ISSN), log=Log())
    articles = {k: v for k, v in files.items() if k.endswith(".xml")}
    assert len(articles) == len(issue.articles)
    return articles


def _assert_all_valid(name: str, tag_set: str, dtd: Path) -> int:
    files = exported(name, tag_set)
    assert files, f"{name}: the export produced no article"
    for file_name, data in files.items():
        errors = validate_with_dtd(data, dtd)
        assert errors == [], f"{name} {file_name}:\n" + "\n".join(d.render() for d in errors)
    return len(files)


@pytest.mark.parametrize("tag_set", TAG_SETS)
def test_rich_issue_validates(tag_set: str, dtds: dict[str, Path]) -> None:
    assert _assert_all_valid("rich", tag_set, dtds[tag_set]) == 2


@pytest.mark.parametrize("tag_set", TAG_SETS)
def test_sample_issue_validates_through_the_api(
    tag_set: str, dtds: dict[str, Path], tmp_path: Path
) -> None:
    assert SAMPLE.is_file(), f"{SAMPLE} is missing"
    out = tmp_path / "jats"
    options = WriteOptions(tag_set=tag_set, issn=TEST_ISSN, publisher="Harbor Ledger Media")
    newslayout.convert(SAMPLE, out, to_format="jats", write_options=options)
    issue = source_issue("sample")
    written = sorted(out.glob("*.xml"))
    assert len(written) == len(issue.articles) > 0
    for path in written:
        found = api_validate(path, dtd=dtds[tag_set])
        assert found == [], "\n".join(d.render() for d in found)
    for asset in issue.assets:  # images land beside the articles, at their hrefs
        assert (out / asset.href).read_bytes() == asset.data


@pytest.mark.parametrize("tag_set", TAG_SETS)
def test_corpus_issues_validate(tag_set: str, dtds: dict[str, Path]) -> None:
    pdfs = corpus_pdfs()
    assert pdfs, f"no development corpus PDF in {CORPUS}"
    total = sum(_assert_all_valid(pdf, tag_set, dtds[tag_set]) for pdf in pdfs)
    assert total >= len(pdfs)


def test_invalid_article_is_reported_with_its_line(dtds: dict[str, Path]) -> None:
    data = exported("rich", "publishing-1.3")["a1.xml"].decode("utf-8")
    lines = data.splitlines()
    issn_line = next(i for i, text in enumerate(lines, start=1) if "<issn>" in text)
    broken = "\n".join(text for text in lines if "<issn>" not in text).encode("utf-8")
    [error] = validate_with_dtd(broken, dtds["publishing-1.3"])
    assert error.code == "dtd-invalid" and error.severity is Severity.ERROR
    assert "journal-meta" in error.message and "issn" in error.message
    # the journal-meta start tag is on the line before the removed issn
    assert error.location.line is not None and error.location.line < issn_line
    assert error.render().startswith(f"<bytes>:{error.location.line}:")


def test_publishing_file_is_not_an_archiving_file(dtds: dict[str, Path]) -> None:
    data = exported("rich", "publishing-1.3")["a2.xml"]
    errors = validate_with_dtd(data, dtds["archiving-1.1"])
    assert errors and all("dtd-version" in d.message for d in errors)


def test_archiving_export_needs_no_issn_and_validates(dtds: dict[str, Path]) -> None:
    files = write_jats(rich_issue(), options=WriteOptions(tag_set="archiving-1.1"), log=Log())
    assert b"<issn>" not in files["a1.xml"]
    assert validate_with_dtd(files["a1.xml"], dtds["archiving-1.1"]) == []
    with pytest.raises(UsageError, match=r"WriteOptions\.issn"):
        write_jats(rich_issue(), options=WriteOptions(tag_set="publishing-1.3"), log=Log())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(issue=issues(dirty=True))
def test_any_generated_issue_exports_valid_jats(issue: Issue, dtds: dict[str, Path]) -> None:
    """Odd but legal issues (CJK, RTL, control characters, empty fields, nested sidebars)."""
    for tag_set in TAG_SETS:
        options = WriteOptions(tag_set=tag_set, issn=TEST_ISSN, journal_id="generated")
        files = write_jats(issue, options=options, log=Log())
        articles = [data for name, data in files.items() if name.endswith(".xml")]
        assert len(articles) == len(issue.articles)
        for data in articles:
            errors = validate_with_dtd(data, dtds[tag_set])
            assert errors == [], "\n".join(d.render() for d in errors)
