"""The image folder of an XML output is named after the output, never shared, never clobbers."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import newslayout
from newslayout.errors import OutputError
from newslayout.model import Figure, Issue, iter_blocks

PDF = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "harbor-ledger-2026-03-03.pdf"


def _hrefs(issue: Issue) -> list[str]:
    return [
        b.graphic.href
        for a in issue.articles
        for b in iter_blocks(a.blocks)
        if isinstance(b, Figure) and b.graphic
    ]


@pytest.fixture(scope="module")
def issue() -> Issue:
    read, _ = newslayout.read(PDF)
    assert read.assets, "the sample must carry images for these tests to mean anything"
    return read


def test_two_inputs_of_one_name_get_two_image_folders(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(PDF, tmp_path / name / "issue.pdf")
    newslayout.convert(tmp_path / "a" / "issue.pdf", tmp_path / "first.xml")
    newslayout.convert(tmp_path / "b" / "issue.pdf", tmp_path / "second.xml")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [
        "a",
        "b",
        "first-images",
        "second-images",
    ]
    text = (tmp_path / "second.xml").read_text()
    assert 'href="second-images/p1-1.jpg"' in text and "first-images" not in text


def test_written_xml_reads_back_with_its_images(tmp_path: Path, issue: Issue) -> None:
    newslayout.write(issue, tmp_path / "out.xml")
    again, _ = newslayout.read(tmp_path / "out.xml")
    assert _hrefs(again) == [h.replace("harbor-ledger-2026-03-03-", "out-") for h in _hrefs(issue)]
    assert {a.href: a.data for a in again.assets} == {
        a.href.replace("harbor-ledger-2026-03-03-", "out-"): a.data for a in issue.assets
    }


def test_a_file_where_the_image_folder_goes_is_an_error(tmp_path: Path, issue: Issue) -> None:
    (tmp_path / "out-images").write_text("not mine")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        newslayout.write(issue, tmp_path / "out.xml")
    assert (tmp_path / "out-images").read_text() == "not mine"
    assert not (tmp_path / "out.xml").exists()


def test_an_image_never_overwrites_an_input(tmp_path: Path, issue: Issue) -> None:
    newslayout.write(issue, tmp_path / "out.xml")
    source = tmp_path / "out-images" / "p1-1.jpg"
    with pytest.raises(OutputError, match="would overwrite an input"):
        newslayout.write(issue, tmp_path / "out.xml", inputs=(source,))


def test_hrefs_from_several_folders_do_not_collide(tmp_path: Path, issue: Issue) -> None:
    first, second, third = issue.assets[:3]
    mixed = replace(
        issue,
        articles=(),
        # no articles, so no teasers pointing at them (the written XML is validated)
        pages=tuple(replace(p, teasers=()) for p in issue.pages),
        assets=(
            replace(first, href="a-images/photo.jpg"),
            replace(second, href="b-images/photo.jpg"),
            replace(third, href="photos/photo.jpg"),
        ),
    )
    newslayout.write(mixed, tmp_path / "out.xml")
    images = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*.jpg")}
    assert images == {
        "out-images/photo.jpg": first.data,
        "out-images/photo-2.jpg": second.data,
        "out-images/photos/photo.jpg": third.data,
    }
