"""Every file of the hostile PDF corpus through the real CLI: a read or one clear error.

The corpus is ``$NEWSLAYOUT_PDF_CORPUS`` or ``<repo>/../shared/pdfs`` (see its README). Each
file runs in its own hard-limited child (``corpus_probe.py``): ``convert`` to XML, ``inspect
--json``, and for encrypted files the right and a wrong password. The files run in parallel
once per session; each file is then judged by its own test so a failure names the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_probe import (
    ManifestRow,
    ProbeResult,
    corpus_root,
    outcome_table,
    probe_all,
    problems,
    read_manifest,
)

ROOT = corpus_root()
ROWS = read_manifest(ROOT) if ROOT else []
NO_CORPUS = "no PDF corpus: set NEWSLAYOUT_PDF_CORPUS or put it at <repo>/../shared/pdfs"


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ProbeResult]:
    assert ROOT is not None
    return probe_all(ROWS, ROOT, tmp_path_factory.mktemp("corpus"))


@pytest.mark.skipif(ROOT is None, reason=NO_CORPUS)
def test_manifest_is_complete() -> None:
    assert ROOT is not None
    assert len(ROWS) >= 140
    missing = [r.path for r in ROWS if not (ROOT / r.path).is_file()]
    assert missing == []


@pytest.mark.skipif(ROOT is None, reason=NO_CORPUS)
@pytest.mark.parametrize("row", ROWS, ids=[r.path for r in ROWS])
def test_file_reads_or_fails_clearly(row: ManifestRow, probed: dict[str, ProbeResult]) -> None:
    assert problems(probed[row.path]) == []


@pytest.mark.skipif(ROOT is None, reason=NO_CORPUS)
def test_reads_at_least_as_many_files_as_pdfplumber(probed: dict[str, ProbeResult]) -> None:
    ours = {p for p, r in probed.items() if (c := r.get("convert")) and c.status == 0}
    theirs = {r.path for r in ROWS if r.pdfplumber == "ok"}
    table = outcome_table(probed.values())
    assert len(ours) >= len(theirs), (
        f"we read {len(ours)} files, pdfplumber reads {len(theirs)}; "
        f"pdfplumber reads but we do not: {sorted(theirs - ours)}; table: {table}"
    )


@pytest.mark.skipif(ROOT is None, reason=NO_CORPUS)
def test_inputs_untouched(probed: dict[str, ProbeResult]) -> None:
    import hashlib

    assert ROOT is not None
    with (ROOT / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        lines = [line.rstrip("\n").split("\t") for line in handle][1:]
    changed = [
        path
        for path, _size, digest, *_ in lines
        if hashlib.sha256(Path(ROOT / path).read_bytes()).hexdigest() != digest
    ]
    assert probed and changed == []
