"""docs/api.md is run as a doctest: every example of the API reference works as written."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from sample_dir import ROOT, fill_sample_dir

import newslayout

API_DOC = ROOT / "docs" / "api.md"


def test_api_reference_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(fill_sample_dir(tmp_path))
    result = doctest.testfile(
        str(API_DOC),
        module_relative=False,
        globs={"newslayout": newslayout},
        optionflags=doctest.ELLIPSIS,
        report=True,
        verbose=False,
    )
    assert result.attempted >= 40, "docs/api.md lost its examples"
    assert result.failed == 0, f"{result.failed} example(s) of docs/api.md failed (see above)"


def test_every_public_function_has_an_example() -> None:
    text = API_DOC.read_text(encoding="utf-8")
    for name in ("read", "write", "convert", "validate"):
        assert f"## `{name}(" in text
        assert f"newslayout.{name}(" in text
