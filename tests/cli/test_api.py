"""The Python API a new user meets: exports, validate's result, model conveniences, errors
that speak of parameters, and writes that never produce XML the validator rejects."""

from __future__ import annotations

import ast
import dataclasses
import enum
import inspect
import re
from pathlib import Path

import pikepdf
import pytest
from sample_dir import ROOT, SAMPLES

import newslayout
from newslayout import model
from newslayout.diagnostics import Severity
from newslayout.errors import OutputError

SAMPLE = SAMPLES / "harbor-ledger.xml"
INVALID = ROOT / "tests" / "fixtures" / "xml" / "invalid"


@pytest.fixture(scope="module")
def issue() -> newslayout.Issue:
    return newslayout.read(SAMPLE)[0]


def test_every_model_class_is_importable_from_the_package() -> None:
    public = {
        name
        for name, value in vars(model).items()
        if inspect.isclass(value)
        and value.__module__ == model.__name__
        and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum))
    }
    assert public <= set(newslayout.__all__), public - set(newslayout.__all__)
    assert all(getattr(newslayout, name) is getattr(model, name) for name in public)


def test_validate_returns_ok_errors_and_warnings(tmp_path: Path, issue: newslayout.Issue) -> None:
    valid = newslayout.validate(SAMPLE)
    assert isinstance(valid, newslayout.ValidationResult)
    assert valid.ok and valid == [] and valid.errors == [] and valid.warnings == []
    # the writers repair an empty headline, so a hand-made file is the one that has it
    headless = tmp_path / "headless.xml"
    text = SAMPLE.read_text(encoding="utf-8")
    head = issue.article("a2").headline
    headless.write_text(text.replace(f">{head}</article-title>", "></article-title>", 1))
    warned = newslayout.validate(headless)
    assert (
        warned.ok
        and warned.errors == []
        and [d.code for d in warned.warnings] == ["empty-headline"]
    )
    assert warned != []  # the old sense: the list of every diagnostic
    invalid = newslayout.validate(INVALID / "duplicate-id.xml")
    assert not invalid.ok and invalid.errors
    assert all(d.severity is Severity.ERROR for d in invalid.errors)
    assert all(d.severity is Severity.WARNING for d in invalid.warnings)


def test_article_lookup_and_immutable_replacement(issue: newslayout.Issue) -> None:
    article = issue.article("a3")
    assert article.id == "a3"
    changed = issue.replace_article(article.with_headline("New head"))
    assert changed.article("a3").headline == "New head"
    assert issue.article("a3").headline == article.headline  # the original is unchanged
    assert [a.id for a in changed.articles] == [a.id for a in issue.articles]  # same order
    assert changed.article("a3").replace(decks=("D",)).deck == "D"
    with pytest.raises(KeyError, match="no article 'zz'"):
        issue.article("zz")
    with pytest.raises(KeyError):
        issue.replace_article(article.replace(id="zz"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]


def test_pages_and_iteration_helpers(issue: newslayout.Issue) -> None:
    assert issue.page(1) is issue.pages[0]
    with pytest.raises(IndexError, match="the issue has 4 page"):
        issue.page(5)
    for number in range(1, len(issue.pages) + 1):
        assert issue.articles_on(number) == model.articles_on_page(issue, number)
    pairs = list(issue.iter_blocks())
    assert len(pairs) == sum(len(list(model.iter_blocks(a.blocks))) for a in issue.articles)
    assert all(block in list(article.iter_blocks()) for article, block in pairs)


def test_properties_agree_with_the_free_functions(issue: newslayout.Issue) -> None:
    for article in issue.articles:
        assert article.pages == model.article_pages(article)
        assert article.word_count == model.word_count(article)
        assert article.jumps_out == model.jumps_out(article)
        assert article.contributors == tuple(c for b in article.bylines for c in b.contributors)
        assert article.paragraphs == tuple(
            b for b in article.iter_blocks() if isinstance(b, model.Paragraph)
        )
        assert article.figures == tuple(
            b for b in article.iter_blocks() if isinstance(b, model.Figure)
        )


def test_every_block_has_one_text_accessor() -> None:
    runs = model.plain_runs("words here")
    blocks: list[model.Block] = [
        model.Paragraph(runs=runs),
        model.Subhead(text="words here"),
        model.Figure(id="f1", caption=runs),
        model.PullQuote(runs=runs),
        model.ListBlock(items=(model.ListItem(runs=runs),)),
        model.Sidebar(blocks=(model.Paragraph(runs=runs),)),
    ]
    for block in blocks:
        assert block.text == "words here" == model.block_text(block)
    sidebar = model.Sidebar(title="Box", blocks=(model.Paragraph(runs=runs),))
    assert sidebar.text == "Box\nwords here"
    figure = model.Figure(id="f", caption=runs)
    assert figure.caption_text == figure.text


def test_article_text_joins_its_blocks(issue: newslayout.Issue) -> None:
    article = issue.article("a1")
    assert article.text.split("\n\n")[0] == article.blocks[0].text
    assert article.headline not in article.text  # the body only


_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def _strings_with_flags(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _FLAG.search(node.value)
    ]


def test_library_messages_never_mention_command_line_flags() -> None:
    package = ROOT / "newslayout"
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for path in sorted(package.rglob("*.py"))
        if path.name not in ("cli.py", "cli_support.py")
        for line, text in _strings_with_flags(path)
    ]
    assert found == []


def test_errors_name_parameters_and_the_cli_names_flags(tmp_path: Path) -> None:
    options = newslayout.WriteOptions(issn="1234-5678")
    with pytest.raises(newslayout.UsageError) as caught:
        newslayout.convert(SAMPLE, tmp_path / "j", to_format="jats", write_options=options)
    assert "WriteOptions.issn '1234-5678'" in str(caught.value)
    assert caught.value.parameters == ("WriteOptions.issn",)
    assert str(caught.value).startswith(f"{tmp_path / 'j'}: ")  # the output is named
    with pytest.raises(newslayout.UnsupportedFormatError) as unknown:
        newslayout.convert(SAMPLE, tmp_path / "x.docx")
    assert "to_format=FMT" in str(unknown.value) and "--to" not in str(unknown.value)


def test_reader_errors_name_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(newslayout.InputError) as caught:
        newslayout.read(empty)
    assert str(caught.value).startswith(f"{empty}: the text file is empty")
    assert caught.value.path == str(empty)


def test_write_repairs_a_resolved_jump_without_its_partner(
    tmp_path: Path, issue: newslayout.Issue
) -> None:
    article = issue.article("a1")
    jump = model.Jump(
        direction=model.JumpDirection.FROM,
        text="Continued from page 2",
        from_page=2,
        to_page=4,
        resolved=True,
    )
    broken = issue.replace_article(article.replace(jumps=(*article.jumps, jump)))
    diagnostics = newslayout.write(broken, tmp_path / "out.xml")
    assert [d.code for d in diagnostics] == ["unresolved-jump"]
    assert "written as unresolved" in diagnostics[0].message
    assert newslayout.validate(tmp_path / "out.xml").ok
    written = newslayout.read(tmp_path / "out.xml")[0].article("a1").jumps
    assert written[-1] == dataclasses.replace(jump, resolved=False)


def test_write_refuses_xml_its_validator_rejects(
    tmp_path: Path, issue: newslayout.Issue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslayout.writers import issue_xml

    real = issue_xml.write_xml

    def duplicate_ids(*args: object, **kwargs: object) -> bytes:
        return real(*args, **kwargs).replace(b'id="a2"', b'id="a1"')  # type: ignore[arg-type]

    monkeypatch.setattr(issue_xml, "write_xml", duplicate_ids)
    with pytest.raises(OutputError, match=r"fails validation .*duplicate-id"):
        newslayout.write(issue, tmp_path / "out.xml")
    assert not (tmp_path / "out.xml").exists()


def test_empty_headlines_are_warned_about_in_every_format(
    tmp_path: Path, issue: newslayout.Issue
) -> None:
    headless = issue.replace_article(issue.article("a4").with_headline("  "))
    for name in ("out.xml", "out.json", "out.pdf"):
        codes = [d.code for d in newslayout.write(headless, tmp_path / name)]
        assert codes.count("empty-headline") == 1, (name, codes)


def test_two_issues_merged_into_one_pdf_convert_to_valid_xml(tmp_path: Path) -> None:
    merged = tmp_path / "merged.pdf"
    with pikepdf.new() as out:
        for part in (
            SAMPLES / "harbor-ledger.pdf",
            ROOT / "tests/corpus/campus-science-2025-11-20.pdf",
        ):
            with pikepdf.open(part) as source:
                out.pages.extend(source.pages)
        out.save(merged)
    options = newslayout.ReadOptions(extract_images=False)
    diagnostics = newslayout.convert(merged, tmp_path / "m.xml", read_options=options)
    assert any(
        d.code == "unresolved-jump" and "written as unresolved" in d.message for d in diagnostics
    )
    result = newslayout.validate(tmp_path / "m.xml")
    assert result.ok, [d.render() for d in result.errors]


def test_jats_options_are_checked_before_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_read(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the input was read before the options were checked")

    monkeypatch.setattr("newslayout.api.run_reader", no_read)
    for options, message in (
        (newslayout.WriteOptions(), "requires an ISSN"),
        (newslayout.WriteOptions(issn="1234-5678"), "wrong check digit"),
        (newslayout.WriteOptions(tag_set="publishing-9"), "unknown JATS tag set"),
    ):
        with pytest.raises(newslayout.UsageError, match=message):
            newslayout.convert(
                SAMPLES / "harbor-ledger.pdf",
                tmp_path / "j",
                to_format="jats",
                write_options=options,
            )
    assert not (tmp_path / "j").exists()
