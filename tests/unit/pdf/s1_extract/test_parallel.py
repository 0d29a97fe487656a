"""The page pool gives exactly what the sequential read gives: pages, diagnostics, progress."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from newslayout.diagnostics import Diagnostic, Log
from newslayout.model import Issue
from newslayout.options import ReadOptions
from newslayout.readers.pdf import read_pdf
from newslayout.readers.pdf.s1_extract.extract import NO_TEXT_LAYER, extract_pages
from newslayout.readers.pdf.s1_extract.parallel import (
    MIN_PAGES_PER_WORKER,
    WORKERS_ENV,
    PoolFailed,
    pool_possible,
    pooled_pages,
    worker_count,
)
from newslayout.readers.pdf.types import PageContent


def _issue_pdf(path: Path, pages: int = 5, blank: int = 3) -> Path:
    """A small multi-page issue; page ``blank`` has no text layer (a diagnostic)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        if number != blank:
            c.setFont("Helvetica-Bold", 22)
            c.drawString(40, 780, f"Ferry timetable changes on route {number}")
            c.setFont("Times-Roman", 10)
            for i in range(12):
                c.drawString(40, 740 - 12 * i, f"Left column line {i} about the harbor plan")
                c.drawString(300, 740 - 12 * i, f"Right column line {i} on the new pier")
        c.showPage()
    c.save()
    path.write_bytes(buffer.getvalue())
    return path


def _extract(
    path: Path, workers: str, monkeypatch: pytest.MonkeyPatch, page_timeout: float = 30.0
) -> tuple[list[PageContent], list[Diagnostic], list[tuple[int, int]]]:
    monkeypatch.setenv(WORKERS_ENV, workers)
    seen: list[tuple[int, int]] = []
    log = Log(file=path.name)
    pages = extract_pages(
        path,
        options=ReadOptions(
            progress=lambda done, total: seen.append((done, total)), page_timeout=page_timeout
        ),
        log=log,
    )
    return pages, list(log), seen


def test_pool_equals_sequential_pages_diagnostics_and_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _issue_pdf(tmp_path / "issue.pdf")
    sequential = _extract(path, "1", monkeypatch)
    pooled = _extract(path, "2", monkeypatch)
    assert pooled == sequential
    pages, diagnostics, progress = pooled
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert [d.code for d in diagnostics] == ["pdf-no-text-layer"]
    assert progress == [(n, 5) for n in range(1, 6)]


def test_pooled_read_gives_the_same_issue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _issue_pdf(tmp_path / "issue.pdf")
    issues: list[Issue] = []
    for workers in ("1", "3"):
        monkeypatch.setenv(WORKERS_ENV, workers)
        issues.append(read_pdf(path, options=ReadOptions(), log=Log()))
    assert issues[0] == issues[1]
    assert issues[0].articles[0].headline == "Ferry timetable changes on route 1"


def test_page_timeout_is_kept_in_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _issue_pdf(tmp_path / "issue.pdf", pages=4)
    sequential = _extract(path, "1", monkeypatch, page_timeout=1e-6)
    pooled = _extract(path, "2", monkeypatch, page_timeout=1e-6)
    assert pooled == sequential
    assert [d.code for d in pooled[1]] == ["pdf-page-timeout"] * 4
    assert all(p.failed for p in pooled[0])


def _auto(pages: int) -> int:
    return worker_count(pages=pages, path_source=True, file_timeout=None, cpus=8)


def test_worker_count_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert _auto(MIN_PAGES_PER_WORKER * 2 - 1) == 1
    assert _auto(MIN_PAGES_PER_WORKER * 3) == 3
    assert _auto(400) == 8
    assert worker_count(pages=400, path_source=False, file_timeout=None, cpus=8) == 1
    assert worker_count(pages=400, path_source=True, file_timeout=60.0, cpus=8) == 1
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert _auto(400) == 1
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert _auto(2) == 2


def _broken_open() -> object:
    raise OSError("cannot open")


def test_a_pool_whose_workers_cannot_start_says_so() -> None:
    with pytest.raises(PoolFailed):
        list(
            pooled_pages(
                open_pdf=_broken_open,
                read_page=lambda pdf, index, log: PageContent(number=index + 1, width=1, height=1),
                pages=2,
                workers=2,
                log_file=None,
            )
        )


def _read_in_worker(pdf: object, index: int, log: Log) -> PageContent:
    log.add(NO_TEXT_LAYER, f"pid {os.getpid()}", page=index + 1)
    return PageContent(number=index + 1, width=1.0, height=1.0)


def test_pages_are_really_read_in_other_processes() -> None:
    assert pool_possible()  # Linux, one thread: the pool is available here
    results = list(
        pooled_pages(
            open_pdf=object, read_page=_read_in_worker, pages=6, workers=2, log_file="x.pdf"
        )
    )
    assert [r.content.number for r in results] == [1, 2, 3, 4, 5, 6]
    pids = {d.message for r in results for d in r.diagnostics}
    assert pids and f"pid {os.getpid()}" not in pids
    assert all(d.location.file == "x.pdf" for r in results for d in r.diagnostics)


def _sleep_in_worker(pdf: object, index: int, log: Log) -> PageContent:
    folder = Path(str(pdf))
    (folder / f"worker-{os.getpid()}").touch()
    time.sleep(60)
    return PageContent(number=index + 1, width=1.0, height=1.0)


def _reader_that_gets_killed(folder: str) -> None:
    list(
        pooled_pages(
            open_pdf=lambda: folder,
            read_page=_sleep_in_worker,
            pages=2,
            workers=2,
            log_file=None,
        )
    )


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has died already


def test_workers_die_with_a_killed_reader(tmp_path: Path) -> None:
    reader = multiprocessing.get_context("fork").Process(
        target=_reader_that_gets_killed, args=(str(tmp_path),)
    )
    reader.start()
    deadline = time.monotonic() + 20
    while len(list(tmp_path.glob("worker-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    pids = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
    assert len(pids) == 2
    os.kill(reader.pid or 0, signal.SIGKILL)
    reader.join(10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids)
