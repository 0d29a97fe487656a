"""The manifest of a batch: ``OUTDIR/newslayout-batch.sqlite``, one row per input.

Each file's row is written (and committed) the moment its result arrives, so a batch killed
at any point loses at most the files in flight, and the next run knows what is done. Only the
batch's own process (the Dask client on a cluster) opens it; a lock file keeps a second batch
off the same OUTDIR. SQLite (stdlib ``sqlite3``) because it is one file, transactional, and
queryable by users (``sqlite3 OUTDIR/newslayout-batch.sqlite 'select ...'``).
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newslayout.batch.worker import FileResult, Status
from newslayout.errors import OutputError

MANIFEST_NAME = "newslayout-batch.sqlite"
LOCK_NAME = ".newslayout-batch.lock"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,      -- the input, relative to the batch root ('/'-separated)
    source TEXT NOT NULL,       -- the input's absolute path when it was converted
    output TEXT NOT NULL,       -- the output, relative to OUTDIR
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,       -- content hash of the input
    options TEXT NOT NULL,      -- fingerprint of the options that shape the output
    status TEXT NOT NULL,       -- ok | warning | error | timeout
    error TEXT NOT NULL,
    pages INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    seconds REAL NOT NULL,      -- wall time in the worker
    cpu_seconds REAL NOT NULL,  -- CPU time of the worker (less than seconds on a busy machine)
    peak_mb REAL NOT NULL,      -- peak resident memory of the worker process so far
    diagnostics TEXT NOT NULL,  -- JSON object: diagnostic code -> count
    version TEXT NOT NULL,      -- newslayout version that converted it
    worker TEXT NOT NULL,       -- host:pid
    attempts INTEGER NOT NULL,  -- runs that tried this input
    finished TEXT NOT NULL      -- UTC ISO time
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,              -- NULL: still running, or killed
    state TEXT NOT NULL,        -- running | finished | interrupted
    to_format TEXT NOT NULL,
    workers TEXT NOT NULL,      -- "4 local processes" or the Dask scheduler address
    inputs INTEGER NOT NULL,
    todo INTEGER NOT NULL
);
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One input as the manifest last recorded it."""

    path: str
    source: str
    output: str
    size: int
    sha256: str
    options: str
    status: Status
    error: str
    pages: int
    articles: int
    seconds: float
    cpu_seconds: float
    peak_mb: float
    diagnostics: dict[str, int]
    version: str
    worker: str
    attempts: int
    finished: str

    def as_result(self, *, skipped: bool) -> FileResult:
        return FileResult(
            key=self.path,
            status=self.status,
            error=self.error,
            size=self.size,
            sha256=self.sha256,
            pages=self.pages,
            articles=self.articles,
            seconds=self.seconds,
            cpu_seconds=self.cpu_seconds,
            peak_mb=self.peak_mb,
            codes=tuple(sorted(self.diagnostics.items())),
            worker=self.worker,
            skipped=skipped,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    id: int
    started: str
    finished: str | None
    state: str
    to_format: str
    workers: str
    inputs: int
    todo: int


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class Manifest:
    """The open manifest of one OUTDIR (use as a context manager)."""

    def __init__(self, outdir: Path, *, lock: bool = True, read_only: bool = False) -> None:
        self.path = outdir / MANIFEST_NAME
        self._lock_fd: int | None = None
        if lock:
            self._lock(outdir)
        try:
            if read_only:  # a report, possibly while the batch runs: never take a write lock
                uri = f"{self.path.absolute().as_uri()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
                self.db.execute("SELECT count(*) FROM files, runs").fetchone()
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None)
                # WAL with NORMAL sync: a committed row survives a killed process (what the
                # batch promises) at ~0.2 ms a row instead of ~20 ms for a full fsync; a power
                # loss may forget the last rows, and those files are then simply redone.
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                self.db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
            found = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'")
            version = found.fetchone()
        except sqlite3.Error as exc:
            self._unlock()
            raise OutputError(
                f"{self.path}: cannot open the batch manifest: {exc}",
                hint="is it a newslayout manifest on a writable, local or NFS-locking disk?",
            ) from None
        if version != (str(SCHEMA_VERSION),):
            self.close()
            raise OutputError(
                f"{self.path}: a manifest of another newslayout version ({version})",
                hint="use a new output folder for this version",
            )

    def _lock(self, outdir: Path) -> None:
        fd = os.open(outdir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(
                f"{outdir}: another batch is running on this output folder",
                hint="wait for it to end, or choose another output folder",
            ) from None
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self._unlock()

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- files -------------------------------------------------------------------------------

    def rows(self) -> dict[str, Row]:
        """Every recorded input by its path."""
        return {row.path: row for row in self._select("SELECT * FROM files ORDER BY path")}

    def _select(self, query: str, params: tuple[object, ...] = ()) -> Iterator[Row]:
        cursor = self.db.execute(query, params)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            data = dict(zip(names, values, strict=True))
            data["status"] = Status(data["status"])
            data["diagnostics"] = json.loads(data["diagnostics"])
            yield Row(**data)

    def record(
        self, result: FileResult, *, source: str, output: str, options: str, version: str
    ) -> None:
        """Record one finished file (committed at once: it survives a kill of the batch)."""
        self.db.execute(
            """INSERT INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)
               ON CONFLICT(path) DO UPDATE SET
                 source=excluded.source, output=excluded.output, size=excluded.size,
                 sha256=excluded.sha256, options=excluded.options, status=excluded.status,
                 error=excluded.error, pages=excluded.pages, articles=excluded.articles,
                 seconds=excluded.seconds, cpu_seconds=excluded.cpu_seconds,
                 peak_mb=excluded.peak_mb,
                 diagnostics=excluded.diagnostics, version=excluded.version,
                 worker=excluded.worker, attempts=files.attempts + 1,
                 finished=excluded.finished""",
            (
                result.key,
                source,
                output,
                result.size,
                result.sha256,
                options,
                str(result.status),
                result.error,
                result.pages,
                result.articles,
                result.seconds,
                result.cpu_seconds,
                result.peak_mb,
                json.dumps(dict(result.codes), sort_keys=True),
                version,
                result.worker,
                _now(),
            ),
        )

    # --- runs --------------------------------------------------------------------------------

    def start_run(self, *, to_format: str, workers: str, inputs: int, todo: int) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (started, state, to_format, workers, inputs, todo)"
            " VALUES (?, 'running', ?, ?, ?, ?)",
            (_now(), to_format, workers, inputs, todo),
        )
        return int(cursor.lastrowid or 0)

    def end_run(self, run_id: int, *, interrupted: bool) -> None:
        state = "interrupted" if interrupted else "finished"
        self.db.execute(
            "UPDATE runs SET finished = ?, state = ? WHERE id = ?", (_now(), state, run_id)
        )

    def runs(self) -> list[Run]:
        cursor = self.db.execute("SELECT * FROM runs ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [Run(**dict(zip(names, values, strict=True))) for values in cursor]


def open_existing(outdir: Path) -> Manifest:
    """The manifest of a finished, interrupted or running batch, for reading.

    With no batch running (its lock is free) it is opened as usual, so that closing it tidies
    SQLite's WAL files away; while one runs, or where OUTDIR is not writable, read-only.
    """
    if not (outdir / MANIFEST_NAME).is_file():
        raise OutputError(
            f"{outdir}: no batch manifest ({MANIFEST_NAME}) in this folder",
            hint="name the OUTDIR of a batch run",
        )
    try:
        return Manifest(outdir, lock=True)
    except (OutputError, OSError):
        return Manifest(outdir, lock=False, read_only=True)
