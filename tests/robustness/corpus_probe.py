"""Run the real CLI over the hostile PDF corpus, one hard-limited subprocess per file.

Why a subprocess: a hang inside pdfminer (or a C-level crash in a decompressor) cannot be
interrupted reliably from inside the process, so each file runs in a child with a wall-clock
limit and a memory cap. Inside the child the CLI runs in-process (``newslayout.cli.main``)
with ``sys.stdout``/``sys.stderr`` redirected, so that whatever the real command would print
(including stray log lines or warnings from libraries) is captured; one child runs every
command for its file (convert, inspect, and the password variants) to pay the interpreter
start-up once.

The children are forked from the test process after it has imported the reader once, so a
file costs its own work and not a fresh interpreter (importing pdfplumber and the reader takes
over a second). The reads use ``--page-timeout 10`` (not the 30 s default) so that a file
of slow pages cannot hold the suite for minutes; ``test_cli_entry.py`` runs the real
``python -m newslayout`` with the defaults.

Used by ``tests/robustness/test_pdf_manifest.py`` and ``scripts/pdf_outcomes.py``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import os
import re
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
#: Wall-clock limit for one file's child (all its commands); the slowest corpus file needs ~6 s
#: in pdfplumber alone.
FILE_LIMIT_SECONDS = 150.0
#: A single command slower than this breaks the contract (a hang that ended by itself).
SLOW_SECONDS = 60.0
#: The per-page limit the probe reads with (the CLI's ``--page-timeout``).
PAGE_TIMEOUT = "10"
#: ``inspect`` is skipped after a ``convert`` slower than this (it would only read it again).
INSPECT_SKIP_AFTER = 15.0
#: Address-space cap of a child, so a memory bomb fails instead of swapping the machine.
MEMORY_CAP_BYTES = 3 * 1024**3
#: A password that opens none of the corpus files.
WRONG_PASSWORD = "not-the-password-0xD1CE"

#: Diagnostic ids that mean a page was skipped, unreadable, or has no text layer.
PAGE_SKIP_MARKERS = ("pdf-page-timeout", "pdf-page-failed", "pdf-no-text-layer", "pdf-no-pages")
_DIAGNOSTIC_LINE = re.compile(r": (error|warning|info): \[[a-z0-9-]+\] ")


def corpus_root() -> Path | None:
    """``$NEWSLAYOUT_PDF_CORPUS``, else ``<repo>/../shared/pdfs``, else None."""
    env = os.environ.get("NEWSLAYOUT_PDF_CORPUS")
    for candidate in ([Path(env)] if env else []) + [REPO.parent / "shared" / "pdfs"]:
        if (candidate / "MANIFEST.tsv").is_file():
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One file of ``MANIFEST.tsv`` (the columns this harness uses)."""

    path: str
    category: str
    expected: str
    password: str
    pdfplumber: str
    note: str


def read_manifest(root: Path) -> list[ManifestRow]:
    """Every row of ``root/MANIFEST.tsv``, in file order."""
    with (root / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            ManifestRow(
                path=r["path"],
                category=r["category"],
                expected=r["expected"],
                password=r["password"],
                pdfplumber=r["pdfplumber"],
                note=r["note"],
            )
            for r in reader
        ]


@dataclass(frozen=True, slots=True)
class Command:
    """One CLI run of a probe: a name, the argv after ``newslayout``, its own output folder."""

    name: str
    argv: tuple[str, ...]
    folder: str


@dataclass(frozen=True, slots=True)
class CommandResult:
    """What one command did, as the user would have seen it."""

    name: str
    status: int
    stdout: str
    stderr: str
    seconds: float
    leftovers: tuple[str, ...]
    #: characters of text in the written XML outside ``issue-meta`` (-1: nothing written)
    content_chars: int = -1

    @property
    def message(self) -> str:
        return self.stderr.strip()


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """Everything the child reported for one file, or why it did not report."""

    row: ManifestRow
    results: tuple[CommandResult, ...] = ()
    returncode: int = 0
    timed_out: bool = False
    child_stderr: str = ""
    seconds: float = 0.0

    def get(self, name: str) -> CommandResult | None:
        return next((r for r in self.results if r.name == name), None)


def commands_for(row: ManifestRow, source: Path, work: Path) -> list[Command]:
    """The CLI runs one file gets: convert and inspect, plus password variants."""
    src = str(source)
    out = work / "convert"
    cmds = [
        Command(
            "convert",
            (
                "convert",
                src,
                "-o",
                str(out / "out.xml"),
                "--from",
                "pdf",
                "--diagnostics",
                "json",
                "--page-timeout",
                PAGE_TIMEOUT,
            ),
            str(out),
        ),
        Command(
            "inspect",
            ("inspect", src, "--from", "pdf", "--json", "-q", "--page-timeout", PAGE_TIMEOUT),
            str(work / "inspect"),
        ),
    ]
    if row.password:
        folder = work / "password"
        cmds.append(
            Command(
                "password",
                (
                    "convert",
                    src,
                    "-o",
                    str(folder / "out.xml"),
                    "--from",
                    "pdf",
                    "-q",
                    "--password",
                    row.password,
                ),
                str(folder),
            )
        )
        if row.expected == "error":
            folder = work / "wrong-password"
            cmds.append(
                Command(
                    "wrong-password",
                    (
                        "convert",
                        src,
                        "-o",
                        str(folder / "out.xml"),
                        "--from",
                        "pdf",
                        "-q",
                        "--password",
                        WRONG_PASSWORD,
                    ),
                    str(folder),
                )
            )
    return cmds


def _listing(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()))


def _content_chars(folder: Path) -> int:
    """Characters of text in ``folder/out.xml`` outside ``issue-meta`` (-1 when absent)."""
    from lxml import etree

    path = folder / "out.xml"
    if not path.is_file():
        return -1
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
    meta = sum(len(_text_of(m)) for m in root.iter("issue-meta"))
    return len(_text_of(root)) - meta


def _text_of(element: Any) -> str:
    return "".join(str(t) for t in element.itertext()).strip()


def _run_in_child(cmd: Command) -> CommandResult:
    from newslayout.cli import main

    folder = Path(cmd.folder)
    folder.mkdir(parents=True, exist_ok=True)
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(cmd.argv))
        except BaseException as exc:  # what would escape the real CLI: a crash
            err.write(f"ESCAPED {type(exc).__name__}: {exc}\n")
            status = -1
    return CommandResult(
        name=cmd.name,
        status=status,
        stdout=out.getvalue()[:20_000],
        stderr=err.getvalue()[:20_000],
        seconds=round(time.perf_counter() - start, 3),
        leftovers=_listing(folder),
        content_chars=_content_chars(folder) if status == 0 else -1,
    )


def _child(cmds: list[Command], conn: Connection, capture: str) -> None:
    """Forked child: run the commands, send their results; fd-level output goes to a file."""
    import resource

    fd = os.open(capture, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    results: list[CommandResult] = []
    for cmd in cmds:
        slow = results and results[0].seconds > INSPECT_SKIP_AFTER
        if cmd.name == "inspect" and slow:
            continue
        results.append(_run_in_child(cmd))
    conn.send(results)
    conn.close()
    os._exit(0)


def probe(
    row: ManifestRow, root: Path, work: Path, limit: float = FILE_LIMIT_SECONDS
) -> ProbeResult:
    """Run every command of ``row`` in one hard-limited child; never raises for the file."""
    cmds = commands_for(row, root / row.path, work)
    capture = work / "child-output.txt"
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    start = time.perf_counter()
    process = context.Process(target=_child, args=(cmds, sender, str(capture)))
    process.start()
    sender.close()
    results: tuple[CommandResult, ...] = ()
    timed_out = False
    try:
        if receiver.poll(limit):
            results = tuple(receiver.recv())
        else:
            timed_out = True
    except (EOFError, OSError):
        pass  # the child died: reported below from its exit code
    finally:
        if process.is_alive() and timed_out:
            process.kill()
        process.join(10)
        receiver.close()
    child_output = capture.read_text(errors="replace") if capture.exists() else ""
    return ProbeResult(
        row,
        results=results,
        returncode=process.exitcode or 0,
        timed_out=timed_out,
        child_stderr=child_output,
        seconds=round(time.perf_counter() - start, 2),
    )


def probe_all(
    rows: Sequence[ManifestRow], root: Path, work: Path, workers: int | None = None
) -> dict[str, ProbeResult]:
    """Probe every row in parallel (largest files first, to balance the workers).

    The reader is imported here once, before any child is forked.
    """
    import newslayout.cli
    import newslayout.readers.pdf  # noqa: F401

    ordered = sorted(rows, key=lambda r: -(root / r.path).stat().st_size)
    slots = workers or max(2, os.cpu_count() or 2)

    def one(index_row: tuple[int, ManifestRow]) -> ProbeResult:
        index, row = index_row
        folder = work / f"f{index:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        return probe(row, root, folder)

    with ThreadPoolExecutor(max_workers=slots) as pool:
        found = list(pool.map(one, enumerate(ordered)))
    return {r.row.path: r for r in found}


# ---------------------------------------------------------------- judging the results


def diagnostics_of(result: CommandResult) -> list[dict[str, object]]:
    """The JSON diagnostics a successful ``convert --diagnostics json`` printed (or [])."""
    text = result.stderr.strip()
    if result.status != 0 or not text:
        return []
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return []
    return [d for d in parsed if isinstance(d, dict)] if isinstance(parsed, list) else []


def inspect_counts(result: CommandResult | None) -> tuple[int, int] | None:
    """(pages, articles) from ``inspect --json`` output, or None when it did not succeed."""
    if result is None or result.status != 0:
        return None
    try:
        data = json.loads(result.stdout)
        return int(data["issue"]["pages"]), len(data["articles"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def skipped_pages(result: CommandResult) -> list[int]:
    """Pages a successful read reported as skipped or unreadable."""
    pages: list[int] = []
    for diagnostic in diagnostics_of(result):
        code = str(diagnostic.get("code", ""))
        page = diagnostic.get("page")
        if isinstance(page, int) and any(m in code for m in PAGE_SKIP_MARKERS):
            pages.append(page)
    return sorted(set(pages))


def outcome(result: ProbeResult) -> str:
    """``read``, ``read, pages skipped``, ``clear error`` or ``FAILED`` (see :func:`problems`)."""
    if problems(result):
        return "FAILED"
    convert = result.get("convert")
    assert convert is not None
    if convert.status == 2:
        return "clear error"
    return "read, pages skipped" if skipped_pages(convert) else "read"


def _one_line_error(cmd: CommandResult) -> str | None:
    lines = cmd.message.splitlines()
    if len(lines) != 1:
        return f"{cmd.name}: exit 2 with {len(lines)} lines on stderr: {cmd.message[:300]!r}"
    if not lines[0].startswith("newslayout: error: "):
        return f"{cmd.name}: exit 2 without a 'newslayout: error:' line: {lines[0][:300]!r}"
    return None


def _command_problems(cmd: CommandResult) -> list[str]:
    found: list[str] = []
    everything = cmd.stdout + cmd.stderr
    if "Traceback" in everything or "ESCAPED " in everything:
        found.append(f"{cmd.name}: traceback or escaped exception: {cmd.stderr[-500:]!r}")
    if "internal error" in cmd.stderr:
        found.append(f"{cmd.name}: internal error: {cmd.message[:300]!r}")
    if cmd.status not in (0, 2):
        found.append(f"{cmd.name}: exit status {cmd.status}")
    if cmd.seconds > SLOW_SECONDS:
        found.append(f"{cmd.name}: took {cmd.seconds:.1f} s (limit {SLOW_SECONDS:g} s)")
    if cmd.status == 2:
        line_problem = _one_line_error(cmd)
        if line_problem:
            found.append(line_problem)
        if cmd.leftovers:
            found.append(f"{cmd.name}: failed but left files: {list(cmd.leftovers)}")
    if any(name.endswith(".part") for name in cmd.leftovers):
        found.append(f"{cmd.name}: left temporary files: {list(cmd.leftovers)}")
    if cmd.status == 0 and cmd.name != "inspect" and "out.xml" not in cmd.leftovers:
        found.append(f"{cmd.name}: exit 0 but no out.xml written")
    if cmd.status == 0 and cmd.name == "convert":
        stray = cmd.stderr.strip()
        if stray and not diagnostics_of(cmd) and stray != "[]":
            found.append(f"convert: stderr is not the JSON diagnostics: {stray[:300]!r}")
    if cmd.status == 0 and cmd.name == "inspect":
        odd = [ln for ln in cmd.stderr.splitlines() if not _DIAGNOSTIC_LINE.search(ln)]
        if odd:
            found.append(f"inspect: stray stderr lines: {odd[:3]!r}")
    return found


def problems(result: ProbeResult) -> list[str]:
    """Every broken promise for one file (empty when the file met the contract)."""
    if result.timed_out:
        tail = result.child_stderr[-300:]
        return [f"no answer within {FILE_LIMIT_SECONDS:g} s (hang); child said {tail!r}"]
    if not result.results:
        return [f"child died (status {result.returncode}): {result.child_stderr[-800:]!r}"]
    found: list[str] = []
    for cmd in result.results:
        found += _command_problems(cmd)
    found += _content_problems(result)
    return found


def _content_problems(result: ProbeResult) -> list[str]:
    row = result.row
    found: list[str] = []
    convert = result.get("convert")
    inspect = result.get("inspect")
    if convert is None:
        return ["convert did not run"]
    if inspect is not None and (convert.status == 0) != (inspect.status == 0):
        found.append(f"convert exit {convert.status} but inspect exit {inspect.status}")
    counts = inspect_counts(inspect)
    if convert.status == 0:
        pages = counts[0] if counts else -1
        warned = [d for d in diagnostics_of(convert) if d.get("severity") in ("warning", "error")]
        if (pages == 0 or convert.content_chars == 0) and not warned:
            found.append(
                f"read as an empty issue ({pages} page(s), {convert.content_chars} characters "
                "of text) without a warning"
            )
    needs_password = row.category == "encrypted" and row.expected == "error"
    if needs_password and convert.status == 2 and "--password" not in convert.message:
        found.append(f"encrypted without password: message lacks '--password': {convert.message!r}")
    if row.category == "not-pdf" and convert.status == 2 and "not a PDF" not in convert.message:
        found.append(f"not a PDF, but the message does not say so: {convert.message!r}")
    password = result.get("password")
    if password is not None and password.status != 0:
        found.append(f"with its password ({row.password!r}) it did not read: {password.message!r}")
    wrong = result.get("wrong-password")
    if wrong is not None:
        if wrong.status != 2 or "password" not in wrong.message.lower():
            found.append(f"a wrong password did not give a password error: {wrong.message!r}")
        elif wrong.message == convert.message:
            found.append("a wrong password gives the same message as no password")
    return found


def outcome_table(results: Iterable[ProbeResult]) -> dict[str, dict[str, int]]:
    """category -> outcome -> count."""
    table: dict[str, dict[str, int]] = {}
    for result in results:
        row = table.setdefault(result.row.category, {})
        key = outcome(result)
        row[key] = row.get(key, 0) + 1
    return table
