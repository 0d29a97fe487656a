"""The issue XML reader: hand-written files, images beside the file, fatal problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newslayout.diagnostics import Log, Severity
from newslayout.errors import InputError, SchemaVersionError, XmlSyntaxError
from newslayout.model import Paragraph, Run
from newslayout.readers.issue_xml import read_xml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "harbor-ledger.xml"


def test_hand_written_file_with_comments_and_indentation_reads() -> None:
    log = Log()
    issue = read_xml(FIXTURES / "valid" / "minimal.xml", log=log)
    assert list(log) == []
    assert issue.meta.date_iso == "2026-05-09/2026-05-10"
    story = issue.articles[0]
    assert story.blocks[0] == Paragraph(
        runs=(
            Run(text="The first ferry will leave at "),
            Run(text="six", italic=True),
            Run(text="."),
        ),
        spans=story.blocks[0].spans,
    )
    assert story.bylines[0].contributors[0].given_names == "Ada"
    assert [j.direction.value for j in story.jumps] == ["continued-on", "continued-from"]


def test_reading_a_path_loads_the_images_beside_it() -> None:
    issue = read_xml(SAMPLE)
    hrefs = sorted(a.href for a in issue.assets)
    assert hrefs == [f"harbor-ledger-images/p{n}-1.jpg" for n in (1, 2, 3)]
    assert all(
        a.data.startswith(b"\xff\xd8") and a.media_type == "image/jpeg" for a in issue.assets
    )


def test_missing_image_is_an_info_diagnostic(tmp_path: Path) -> None:
    target = tmp_path / "issue.xml"
    shutil.copy(SAMPLE, target)
    log = Log(file=str(target))
    issue = read_xml(target, log=log)
    assert issue.assets == ()
    assert {d.code for d in log} == {"missing-image"}
    assert all(d.severity is Severity.INFO for d in log)


def test_href_leaving_the_folder_is_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "secret.jpg").write_bytes(b"SECRET")
    folder = tmp_path / "inner"
    folder.mkdir()
    data = SAMPLE.read_text(encoding="utf-8").replace(
        "harbor-ledger-images/p1-1.jpg", "../secret.jpg"
    )
    target = folder / "issue.xml"
    target.write_text(data, encoding="utf-8")
    log = Log()
    issue = read_xml(target, log=log)
    assert all(a.data != b"SECRET" for a in issue.assets)
    assert "unsafe-href" in {d.code for d in log}


def test_wrong_root_and_unsupported_version_stop_the_read() -> None:
    with pytest.raises(InputError, match="not a newslayout issue file"):
        read_xml(FIXTURES / "invalid" / "wrong-root.xml")
    with pytest.raises(SchemaVersionError, match="'3' is not supported"):
        read_xml(FIXTURES / "invalid" / "unsupported-version.xml")


def test_grammar_error_stops_the_read_and_is_logged() -> None:
    log = Log()
    with pytest.raises(InputError, match="article-title"):
        read_xml(FIXTURES / "invalid" / "missing-headline.xml", log=log)
    assert [d.code for d in log] == ["schema"]


def test_malformed_xml_raises_with_position() -> None:
    with pytest.raises(XmlSyntaxError) as caught:
        read_xml(FIXTURES / "invalid" / "malformed.xml")
    assert (caught.value.line, caught.value.column) == (47, 63)


def test_cross_check_problems_are_logged_but_the_read_goes_on() -> None:
    log = Log()
    issue = read_xml(FIXTURES / "invalid" / "dangling-reference.xml", log=log)
    assert issue.pages[0].teasers[0].target_article == "a9"
    assert [d.code for d in log] == ["dangling-reference"]
