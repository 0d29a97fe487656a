"""A real JATS consumer reads our export: pandoc's JATS reader.

Each exported article (the synthetic issue, the sample issue and the development corpus, as
in ``test_jats_dtd.py``) goes through ``pandoc -s -f jats -t plain``; the text must contain the
headline, every author's name and every paragraph, in order. pandoc comes from PATH (Debian
package ``pandoc``) or from the PyPI package ``pypandoc-binary`` (a wheel with the binary; in
the test extra). Without either the test FAILS: CI always has one.

pandoc prints an author as "given-names surname" whatever the name style, so an eastern name
printed "LU Zijian" is found either as printed or as "Zijian LU".
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from test_jats_dtd import TEST_ISSN, corpus_pdfs, exported, source_issue

from newslayout.model import Article, Paragraph, Role, iter_blocks
from newslayout.writers.jats.names import person_name

_SPACE = re.compile(r"\s+")
AUTHOR_ROLES = (Role.AUTHOR, Role.CORRESPONDENT)


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@cache
def pandoc_binaries() -> tuple[str, ...]:
    """Every distinct pandoc we can find: PATH first, then pypandoc-binary's."""
    found: list[str] = []
    on_path = shutil.which("pandoc")
    if on_path:
        found.append(str(Path(on_path).resolve()))
    spec = importlib.util.find_spec("pypandoc")
    if spec is not None and spec.origin is not None:
        bundled = Path(spec.origin).parent / "files" / "pandoc"
        if bundled.is_file() and str(bundled.resolve()) not in found:
            found.append(str(bundled.resolve()))
    return tuple(found)


def _pandoc() -> list[str]:
    binaries = list(pandoc_binaries())
    if not binaries:
        pytest.fail(
            "pandoc not found: install the Debian package pandoc or the PyPI package "
            "pypandoc-binary (part of the test extra: pip install -e '.[test]')"
        )
    return binaries


def to_plain(pandoc: str, article_xml: bytes) -> str:
    result = subprocess.run(
        [pandoc, "-s", "-f", "jats", "-t", "plain", "--wrap=none"],
        input=article_xml,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return _flat(result.stdout.decode("utf-8"))


def _author_forms(article: Article) -> list[tuple[str, ...]]:
    forms: list[tuple[str, ...]] = []
    for byline in article.bylines:
        for person in byline.contributors:
            if person.role not in AUTHOR_ROLES or not person.name.strip():
                continue
            printed = _flat(person.name)
            parts = person_name(person)
            given_first = _flat(f"{parts.given_names} {parts.surname}") if parts else printed
            forms.append((printed, given_first))
    return forms


def assert_pandoc_reads(pandoc: str, article: Article, article_xml: bytes) -> None:
    text = to_plain(pandoc, article_xml)
    where = f"{article.id} ({Path(pandoc).name} {pandoc})"
    assert _flat(article.headline) in text, f"{where}: headline missing from\n{text[:500]}"
    for forms in _author_forms(article):
        assert any(form in text for form in forms), f"{where}: author {forms[0]} missing"
    position = 0
    for block in iter_blocks(article.blocks):
        if not isinstance(block, Paragraph) or not block.text.strip():
            continue
        paragraph = _flat(block.text)
        found = text.find(paragraph, position)
        assert found >= 0, f"{where}: paragraph missing or out of order: {paragraph[:80]!r}"
        position = found + len(paragraph)


def _check_source(name: str) -> int:
    issue = source_issue(name)
    files = exported(name, "publishing-1.3")
    checked = 0
    for pandoc in _pandoc():
        for index, article in enumerate(issue.articles):
            data = files.get(f"{article.id}.xml") or list(files.values())[index]
            assert_pandoc_reads(pandoc, article, data)
            checked += 1
    return checked


def test_pandoc_reads_the_rich_issue() -> None:
    assert _check_source("rich") == 2 * len(_pandoc())


def test_pandoc_reads_the_sample_issue() -> None:
    assert _check_source("sample") > 0


def test_pandoc_reads_the_corpus() -> None:
    pdfs = corpus_pdfs()
    assert pdfs, "no development corpus PDF"
    assert sum(_check_source(pdf) for pdf in pdfs) >= len(pdfs)


def test_the_check_catches_a_missing_paragraph() -> None:
    """The in-order check can fail: a paragraph the file lacks is reported."""
    issue = source_issue("rich")
    data = exported("rich", "publishing-1.3")["a2.xml"]
    lost = data.replace(b"The first boat now leaves at 6:10.", b"Something else.")
    with pytest.raises(AssertionError, match="paragraph missing"):
        assert_pandoc_reads(_pandoc()[0], issue.articles[1], lost)
    assert TEST_ISSN.encode() in data
