"""One small extraction per clue: ``cases/<name>.txt`` read and compared with the keys given
in ``cases/<name>.expected.json`` (a subset of the ``inspect --json`` shape; a
``"diagnostics"`` list names codes that must be reported)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslayout.diagnostics import Log
from newslayout.inspect import issue_to_json
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

CASES = Path(__file__).parent / "cases"


def _check(expected: object, got: object, where: str) -> None:
    if isinstance(expected, dict):
        assert isinstance(got, dict), where
        for key, value in expected.items():
            assert key in got, f"{where}.{key} missing"
            _check(value, got[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list), where
        assert len(got) == len(expected), f"{where}: {got!r}"
        for index, (e, g) in enumerate(zip(expected, got, strict=True)):
            _check(e, g, f"{where}[{index}]")
    else:
        assert got == expected, f"{where}: {got!r} != {expected!r}"


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.txt")))
def test_case(name: str) -> None:
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    log = Log()
    issue = read_text(CASES / f"{name}.txt", options=ReadOptions(), log=log)
    got = issue_to_json(issue)
    codes = expected.pop("diagnostics", [])
    _check(expected, got, name)
    reported = {d.code for d in log}
    assert set(codes) <= reported, f"{name}: reported {sorted(reported)}"
    for diagnostic in log:
        assert diagnostic.location.line is not None, diagnostic.render()


def test_every_block_has_line_spans() -> None:
    log = Log()
    issue = read_text(CASES / "subheads.txt", options=ReadOptions(), log=log)
    for article in issue.articles:
        for block in article.blocks:
            spans = getattr(block, "spans", ())
            assert spans and all(s.line and s.end_line and s.page == 1 for s in spans)


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.txt")))
def test_case_xml_validates(name: str, tmp_path: Path) -> None:
    import newslayout.api as api
    from newslayout.diagnostics import Severity

    issue = read_text(CASES / f"{name}.txt", options=ReadOptions(), log=Log())
    target = tmp_path / f"{name}.xml"
    api.write(issue, target)
    errors = [d.render() for d in api.validate(target) if d.severity is Severity.ERROR]
    assert not errors
