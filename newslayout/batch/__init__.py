"""Convert an archive: many issues at once, resumable, with progress, locally or on Dask.

Library use (also from a notebook)::

    import newslayout
    from newslayout.batch import BatchOptions

    result = newslayout.batch(["archive/"], "out/", options=BatchOptions(to_format="xml"), jobs=4)
    for file in result.failed:
        print(file.key, file.status, file.error)

The CLI is ``newslayout batch`` (``newslayout/batch/cli.py``); see docs/batch.md. Importing
this package is cheap: the pool, Dask and rich load when a batch runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslayout.options import ReadOptions, WriteOptions

if TYPE_CHECKING:
    from newslayout.batch.runner import BatchResult

__all__ = ["BatchOptions", "batch"]


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """How to convert each file of a batch (the options of ``convert``, and batch ones).

    Attributes:
        to_format: output format: ``xml``, ``pdf``, ``jats`` or ``json``.
        from_format: input format, when suffixes do not tell (default: by suffix/content).
        read: reading options; ``read.file_timeout`` is also the hard per-file limit.
        write: writing options.
        retry_failed: convert again the inputs that failed or timed out before.
        max_memory_mb: address-space limit of each local worker process (``None``: none).
    """

    to_format: str = "xml"
    from_format: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    write: WriteOptions = field(default_factory=WriteOptions)
    retry_failed: bool = False
    max_memory_mb: int | None = None


Source = str | os.PathLike[str]


def batch(
    sources: Source | Sequence[Source],
    outdir: Source,
    *,
    options: BatchOptions | None = None,
    jobs: int | None = None,
    scheduler: Any = None,
    progress: bool = False,
) -> BatchResult:
    """Convert every issue the sources name into ``outdir``; returns one result per input.

    ``sources``: files, folders (searched for .pdf/.txt/.xml) or glob patterns. ``jobs``:
    local worker processes (default: the number of cores). ``scheduler``: a Dask scheduler
    address, ``distributed.Client`` or ``LocalCluster`` to run on instead. Inputs converted
    before with the same content and options are skipped (their results say ``skipped``).
    ``progress=True`` shows progress on stderr.
    """
    from newslayout.batch.progress import progress_for
    from newslayout.batch.runner import run_batch

    opts = options or BatchOptions()
    names = [sources] if isinstance(sources, str | os.PathLike) else list(sources)
    return run_batch(
        names,
        outdir,
        to_format=opts.to_format,
        from_format=opts.from_format,
        read_options=opts.read,
        write_options=opts.write,
        jobs=jobs,
        scheduler=scheduler,
        retry_failed=opts.retry_failed,
        max_memory_mb=opts.max_memory_mb,
        progress=progress_for(sys.stderr, quiet=not progress, interval=10.0),
    )
