"""The fuzzing campaigns behind ``make fuzz`` (``scripts/fuzz.py``) and the short run in tests.

A campaign feeds generated or mutated input to one target and sorts every outcome: a result,
a :class:`~newslayout.errors.NewslayoutError` (the promised "clear error"), or a *crash*: any
other exception, a hang past the limit, or a dead worker. Crashes are grouped by signature
(exception type + innermost newslayout frame), and the smallest input of each signature can be
saved under ``tests/robustness/crashes/`` where ``test_crash_regressions.py`` replays it.

Text and XML run in-process under hypothesis (generation only: a crash is recorded and the run
goes on, so one campaign finds many distinct crashes). PDFs run in forked worker processes with
a hard per-input limit, because a hang inside pdfminer cannot be interrupted in-process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.connection
import random
import signal
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from fuzz_inputs import text_inputs, xml_inputs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from pdf_mutations import load_seeds, mutate

from newslayout.diagnostics import Log
from newslayout.errors import NewslayoutError
from newslayout.options import ReadOptions

CRASH_DIR = Path(__file__).resolve().parent / "crashes"
#: Seconds one text or XML input may take before it counts as a hang.
INPROCESS_LIMIT = 10.0
#: Seconds one mutated PDF may take in its worker before the worker is killed.
PDF_LIMIT = 60.0
#: Per-page limit the PDF campaign reads with (smaller than the default, to find slow pages).
PDF_PAGE_TIMEOUT = 10.0
EXTENSIONS = {"text": "txt", "xml": "xml", "validate": "xml", "pdf": "pdf"}


@dataclass(frozen=True, slots=True)
class Crash:
    """One distinct failure: where it happened and the smallest input that shows it."""

    target: str
    signature: str
    message: str
    data: bytes
    how: str = ""


@dataclass(slots=True)
class CampaignReport:
    """What a campaign ran and found."""

    name: str
    inputs: int = 0
    seconds: float = 0.0
    crashes: dict[str, Crash] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)

    def record_time(self, seconds: float, label: str) -> None:
        self.slowest.append((seconds, label))
        self.slowest.sort(reverse=True)
        del self.slowest[5:]

    def record_crash(self, crash: Crash) -> None:
        known = self.crashes.get(crash.signature)
        if known is None or len(crash.data) < len(known.data):
            self.crashes[crash.signature] = crash

    def summary(self) -> str:
        slow = self.slowest[0] if self.slowest else (0.0, "-")
        return (
            f"{self.name}: {self.inputs} inputs in {self.seconds:.1f} s, "
            f"{len(self.crashes)} distinct crash(es), clear errors {dict(self.errors)}, "
            f"slowest {slow[0]:.2f} s ({slow[1]})"
        )


def signature_of(target: str, exc: BaseException) -> str:
    """``target:ExcType@file:line`` of the innermost frame in newslayout (else innermost)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/newslayout/" in f.filename]
    chosen = ours or list(frames)
    where = "?"
    if chosen:
        where = f"{chosen[-1].filename.split('/newslayout/')[-1]}:{chosen[-1].lineno}"
    return f"{target}:{type(exc).__name__}@{where}"


def save_crashes(report: CampaignReport, folder: Path = CRASH_DIR) -> list[Path]:
    """Write each crash's input as ``<target>-<sha>.<ext>`` (and a line in ``index.tsv``)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for crash in report.crashes.values():
        digest = hashlib.sha256(crash.data).hexdigest()[:12]
        path = folder / f"{crash.target}-{digest}.{EXTENSIONS[crash.target]}"
        if not path.exists():
            path.write_bytes(crash.data)
            with (folder / "index.tsv").open("a", encoding="utf-8") as index:
                message = crash.message.replace("\t", " ").replace("\n", " ")[:200]
                index.write(f"{path.name}\t{crash.signature}\t{message}\t{crash.how}\n")
        written.append(path)
    return written


class _Slow(Exception):
    """Raised by the in-process alarm when one input takes too long."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise _Slow("input took too long")


def run_target(target: str, data: bytes) -> None:
    """Feed ``data`` to one reader; return normally or raise whatever it raises."""
    log = Log(file="<fuzz>")
    options = ReadOptions(page_timeout=PDF_PAGE_TIMEOUT, file_timeout=PDF_LIMIT / 2)
    if target == "text":
        from newslayout.readers.text import read_text

        read_text(data, options=options, log=log)
    elif target == "xml":
        from newslayout.readers.issue_xml import read_xml

        read_xml(data, options=options, log=log)
    elif target == "validate":
        from newslayout.validation import validate_xml

        validate_xml(data)
    elif target == "pdf":
        from newslayout.readers.pdf import read_pdf

        read_pdf(data, options=options, log=log)
    else:
        raise KeyError(target)


def _judge(report: CampaignReport, target: str, data: bytes, how: str = "") -> None:
    """Run one in-process input under an alarm and record what happened."""
    report.inputs += 1
    use_alarm = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _alarm) if use_alarm else None
    if use_alarm:
        signal.setitimer(signal.ITIMER_REAL, INPROCESS_LIMIT)
    start = time.perf_counter()
    try:
        run_target(target, data)
    except NewslayoutError as exc:
        report.errors[type(exc).__name__] += 1
    except _Slow:
        report.record_crash(
            Crash(target, f"{target}:hang", f"over {INPROCESS_LIMIT:g} s", data, how)
        )
    except Exception as exc:
        report.record_crash(
            Crash(target, signature_of(target, exc), f"{type(exc).__name__}: {exc}", data, how)
        )
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    report.record_time(time.perf_counter() - start, f"{len(data)} bytes")


def _hypothesis_campaign(
    report: CampaignReport,
    strategy_targets: Sequence[str],
    strategy: st.SearchStrategy[bytes],
    examples: int,
    seed: int,
) -> CampaignReport:
    start = time.perf_counter()

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def campaign(data: bytes) -> None:
        for target in strategy_targets:
            _judge(report, target, data)

    campaign()
    report.seconds = time.perf_counter() - start
    return report


def fuzz_text(examples: int, seed: int = 0) -> CampaignReport:
    """Random, structured and mutated newspaper text through ``read_text``."""
    return _hypothesis_campaign(CampaignReport("text"), ["text"], text_inputs(), examples, seed)


def fuzz_xml(examples: int, seed: int = 0) -> CampaignReport:
    """Mutated issue XML through ``read_xml`` and ``validate_xml`` (each input counts twice)."""
    report = CampaignReport("xml")
    return _hypothesis_campaign(report, ["xml", "validate"], xml_inputs(), examples, seed)


# ------------------------------------------------------------------------------ PDFs


def _pdf_worker(conn: multiprocessing.connection.Connection) -> None:
    """Worker loop: read each PDF it is sent; answer (kind, signature, message, seconds)."""
    import resource

    cap = 3 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    while True:
        try:
            data = conn.recv_bytes()
        except EOFError:
            return
        start = time.perf_counter()
        try:
            run_target("pdf", data)
            answer: tuple[str, str, str] = ("ok", "", "")
        except NewslayoutError as exc:
            answer = ("error", type(exc).__name__, str(exc)[:300])
        except BaseException as exc:
            answer = ("crash", signature_of("pdf", exc), f"{type(exc).__name__}: {exc}"[:500])
        conn.send((*answer, time.perf_counter() - start))


class _Worker:
    """One forked reader process; replaced when it hangs or dies."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_pdf_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def read(self, data: bytes, limit: float) -> tuple[str, str, str, float]:
        try:
            self.conn.send_bytes(data)
            if self.conn.poll(limit):
                kind, sig, message, seconds = self.conn.recv()
                return str(kind), str(sig), str(message), float(seconds)
            self.kill()
            return "crash", "pdf:hang", f"no answer within {limit:g} s", limit
        except (EOFError, BrokenPipeError, ConnectionResetError):
            code = self.process.exitcode
            self.kill()
            return "crash", f"pdf:worker-died({code})", f"worker exit {code}", 0.0

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def fuzz_pdf(
    count: int,
    seed: int = 0,
    *,
    workers: int = 2,
    cache: Path | None = None,
    split_pages: bool = True,
    limit: float = PDF_LIMIT,
    seed_filter: Callable[[str], bool] | None = None,
) -> CampaignReport:
    """``count`` mutated seed PDFs through ``read_pdf`` in ``workers`` killable processes."""
    report = CampaignReport("pdf")
    import newslayout.readers.pdf  # noqa: F401  (import once, before forking the workers)

    seeds = load_seeds(cache or Path("build/fuzz-seeds"), split_pages=split_pages)
    if seed_filter is not None:
        seeds = {k: v for k, v in seeds.items() if seed_filter(k)}
    names = sorted(seeds)
    donors = [seeds[n] for n in names]
    rng = random.Random(seed)
    mutants = [mutate(seeds[n], n, rng, donors) for n in (rng.choice(names) for _ in range(count))]
    lock = threading.Lock()
    queue = list(reversed(mutants))
    start = time.perf_counter()

    def drain() -> None:
        worker = _Worker()
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    mutant = queue.pop()
                if not worker.alive():
                    worker = _Worker()
                kind, sig, message, seconds = worker.read(mutant.data, limit)
                label = f"{mutant.seed_name}: {mutant.how}"
                with lock:
                    report.inputs += 1
                    report.record_time(seconds, label)
                    if kind == "error":
                        report.errors[sig] += 1
                    elif kind == "crash":
                        report.record_crash(Crash("pdf", sig, message, mutant.data, label))
        finally:
            worker.kill()

    threads = [threading.Thread(target=drain) for _ in range(max(1, workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.perf_counter() - start
    return report
