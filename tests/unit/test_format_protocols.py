"""Every registered reader and writer has the common signature (checked by mypy through the
``Reader`` / ``Writer`` protocols, and at run time through the format table)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from newslayout.formats import FORMATS, Reader, Writer, reader_for, writer_for
from newslayout.inspect import write_json
from newslayout.readers.issue_xml import read_xml
from newslayout.readers.pdf import read_pdf
from newslayout.readers.text import read_text
from newslayout.writers.issue_xml import write_xml
from newslayout.writers.jats import write_jats
from newslayout.writers.pdf import write_pdf

READERS: tuple[Reader, ...] = (read_pdf, read_text, read_xml)
WRITERS: tuple[Writer, ...] = (write_pdf, write_xml, write_jats, write_json)


def test_the_table_loads_exactly_these_functions() -> None:
    loaded_readers = {reader_for(f) for f in FORMATS if f.reader is not None}
    loaded_writers = {writer_for(f) for f in FORMATS if f.writer is not None}
    assert loaded_readers == set(READERS)
    assert loaded_writers == set(WRITERS)


def test_options_and_log_are_keyword_only() -> None:
    functions: list[Callable[..., object]] = [*READERS, *WRITERS]
    for fn in functions:
        params = inspect.signature(fn).parameters
        assert params["options"].kind is inspect.Parameter.KEYWORD_ONLY, fn
        assert params["log"].kind is inspect.Parameter.KEYWORD_ONLY, fn
