"""Every shell command and Python block in README.md and docs/*.md runs as written, on the
sample issue.

A command is a line of a fenced block that starts with ``newslayout `` or ``$ newslayout ``
(synopses are written ``usage: newslayout ...`` and are not run). The commands of one document
run in order, in one fresh folder holding the sample issue (``tests/cli/sample_dir.py``), the
way a reader would type them one after the other; ``cd DIR`` lines move within that folder.
Each must exit 0. The ``python`` blocks of a document run the same way, in order, in a fresh
folder (docs/api.md's examples are also checked for their output, as doctests).
"""

from __future__ import annotations

import glob
import io
import os
import shlex
import shutil
from pathlib import Path

import pytest
from sample_dir import JATS_DTDS, ROOT, fill_sample_dir

from newslayout.cli import main

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: Commands that may not run here, each with the reason: (document, command) -> why. Only for
#: commands that need files other work adds; keep it tiny. Entries must still exist in the docs.
ALLOWED_NOT_TO_RUN: dict[tuple[str, str], str] = {
    (
        "docs/batch.md",
        "newslayout batch /archive -o /srv/out --scheduler tcp://SCHEDULER:8786",
    ): "needs a running Dask cluster and a shared path (tests/batch runs a LocalCluster)",
}


def doc_commands(path: Path) -> list[tuple[int, str]]:
    """``(line number, command)`` of every command in the fenced blocks of ``path``."""
    found: list[tuple[int, str]] = []
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if text.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            continue
        text = text.removeprefix("$ ")
        if text.startswith(("newslayout ", "cd ")) or text == "newslayout":
            found.append((number, text))
    return found


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """``(first line number, code)`` of every fenced ``python`` block of ``path``."""
    blocks: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if current is None and line.strip() == "```python":
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            blocks.append((start, "\n".join(current)))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def _prepare(document: Path, folder: Path) -> None:
    """The sample issue in ``folder``, with the JATS DTDs in ``jats/`` if the text uses them."""
    fill_sample_dir(folder)
    if "jats/publishing-1.3/" in document.read_text(encoding="utf-8"):
        if not JATS_DTDS.is_dir():
            pytest.skip(f"JATS DTDs not found at {JATS_DTDS} (see tests/test_jats_dtd.py)")
        shutil.copytree(JATS_DTDS, folder / "jats")


def _expand(argument: str) -> list[str]:
    """A shell glob, expanded in the current folder (the way the shell would)."""
    if not any(c in argument for c in "*?["):
        return [argument]
    return sorted(glob.glob(argument)) or [argument]


def _run(command: str) -> tuple[int, str]:
    words = shlex.split(command, comments=True)
    if words[0] == "cd":
        os.chdir(words[1])
        return 0, ""
    argv = [a for word in words[1:] for a in _expand(word)]
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, err.getvalue()


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


WITH_COMMANDS = [p for p in DOCUMENTS if doc_commands(p)]


def test_the_readme_and_cli_docs_have_commands() -> None:
    names = {_relative(p) for p in WITH_COMMANDS}
    assert {"README.md", "docs/cli.md", "docs/jats-export.md"} <= names
    assert len(doc_commands(ROOT / "README.md")) >= 10


def test_the_allow_list_names_real_commands() -> None:
    every = {(_relative(p), c) for p in DOCUMENTS for _, c in doc_commands(p)}
    assert set(ALLOWED_NOT_TO_RUN) <= every, "remove allow-list entries the docs no longer have"


@pytest.mark.parametrize("document", WITH_COMMANDS, ids=_relative)
def test_documented_commands_run(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    _prepare(document, folder)
    monkeypatch.chdir(folder)
    for number, command in doc_commands(document):
        if (_relative(document), command) in ALLOWED_NOT_TO_RUN:
            continue
        status, err = _run(command)
        assert status == 0, f"{_relative(document)}:{number}: `{command}` exited {status}\n{err}"
        assert "Traceback" not in err


WITH_PYTHON = [p for p in DOCUMENTS if python_blocks(p)]


def test_the_readme_has_python() -> None:
    assert ROOT / "README.md" in WITH_PYTHON


@pytest.mark.parametrize("document", WITH_PYTHON, ids=_relative)
def test_documented_python_runs(
    document: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "work"
    _prepare(document, folder)
    monkeypatch.chdir(folder)
    namespace: dict[str, object] = {"__name__": "__doc__"}
    for start, code in python_blocks(document):
        if code.lstrip().startswith(">>>"):
            continue  # doctest blocks: tests/cli/test_api_doc.py runs them
        try:
            exec(compile(code, f"{_relative(document)}:{start}", "exec"), namespace)
        except Exception as exc:
            pytest.fail(f"{_relative(document)}:{start}: the block raised {exc!r}")
    capsys.readouterr()
