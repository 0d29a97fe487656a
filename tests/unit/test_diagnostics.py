"""Diagnostics: rendering, JSON form, and docs/diagnostics.md listing every code."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newslayout.diagnostics import Diagnostic, Location, Log, Severity, all_codes, to_json_text
from newslayout.diagnostics import define as define_code
from newslayout.geometry import Box

DOCS = Path(__file__).resolve().parents[2] / "docs" / "diagnostics.md"


def test_render_is_compiler_style() -> None:
    diagnostic = Diagnostic(
        code="duplicate-id",
        severity=Severity.ERROR,
        message='id "a3" is used twice',
        location=Location(file="issue.xml", line=12, column=5),
    )
    assert diagnostic.render() == 'issue.xml:12:5: error: [duplicate-id] id "a3" is used twice'


def test_render_pdf_location() -> None:
    location = Location(file="a.pdf", page=3, box=Box(x0=36, top=120, x1=290.5, bottom=140))
    assert location.render() == "a.pdf: page 3 at (36, 120, 290.5, 140)"


def test_log_uses_code_severity_and_json_round_trips() -> None:
    code = define_code("test-only-code", Severity.WARNING, "Used by this test.")
    log = Log(file="x.txt")
    log.add(code, "odd", line=4)
    [item] = log.items
    assert item.severity is Severity.WARNING and item.location.line == 4
    data = json.loads(to_json_text(log))
    assert data[0]["code"] == "test-only-code" and data[0]["line"] == 4


def test_docs_list_every_code_and_nothing_else() -> None:
    documented = set(re.findall(r"^### ([a-z0-9-]+)\s*$", DOCS.read_text("utf-8"), re.M))
    declared = {c for c in all_codes() if not c.startswith("test-only")}
    assert declared - documented == set(), "codes missing from docs/diagnostics.md"
    assert documented - declared == set(), "docs/diagnostics.md lists codes that do not exist"


def test_public_validate_stays_a_function_after_every_module_is_imported() -> None:
    import newslayout

    all_codes()  # imports every module that declares codes, the XML validator among them
    assert callable(newslayout.validate) and newslayout.validate is newslayout.api.validate


def test_extend_names_the_log_file_where_a_scratch_log_named_none() -> None:
    # The PDF writer plans on a scratch log; its notes are about the output file and must
    # not print as "<input>".
    code = define_code("test-only-extend", Severity.WARNING, "a test code")
    scratch = Log()
    scratch.add(code, "prints at 26 ppi", page=1)
    elsewhere = Log(file="other.xml")
    elsewhere.add(code, "keeps its own file", line=3)
    out = Log(file="out.pdf")
    out.extend([*scratch, *elsewhere])
    assert [d.location.file for d in out] == ["out.pdf", "other.xml"]
    assert out.items[0].render() == "out.pdf: page 1: warning: [test-only-extend] prints at 26 ppi"
