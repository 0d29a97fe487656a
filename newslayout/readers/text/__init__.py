"""The plain-text reader: a text extraction of an issue -> the issue model.

Stages, one folder each, in pipeline order: ``s1_decode`` (bytes -> clean text; each page's
lines in reading order), ``s2_units`` (pages, blocks, paragraph-sized units with line numbers),
``s3_classify`` (what each unit is by its wording, an ordered rule table), ``s4_assemble``
(masthead, teasers, articles, figures, threaded jumps). ``read_text`` below runs them page by
page. The clues and their order are documented in ``docs/text-reader.md``.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path

from newslayout.cues import Dehyphenator
from newslayout.cues.language import detect_language
from newslayout.diagnostics import Log
from newslayout.errors import InputError
from newslayout.model import Issue, IssueMeta, Page
from newslayout.options import ReadOptions
from newslayout.readers.builder.jumps import jumps_leaving_file
from newslayout.readers.builder.teasers import resolve_teaser
from newslayout.readers.text import codes
from newslayout.readers.text.s1_decode.decode import clean_text, decode_bytes
from newslayout.readers.text.s1_decode.layout import reorder_page
from newslayout.readers.text.s1_decode.softbreaks import join_soft_breaks
from newslayout.readers.text.s2_units import interleave
from newslayout.readers.text.s2_units.indexlines import take_index
from newslayout.readers.text.s2_units.pages import page_units
from newslayout.readers.text.s2_units.tagkickers import fold_tag_kickers
from newslayout.readers.text.s2_units.units import is_unwrapped, split_pages
from newslayout.readers.text.s3_classify.bylinewrap import join_wrapped_bylines
from newslayout.readers.text.s3_classify.classify import classify, spread_adverts
from newslayout.readers.text.s3_classify.jobtitles import merge_job_titles
from newslayout.readers.text.s3_classify.stackedcredits import (
    join_stacked_credits,
    join_wrapped_credits,
)
from newslayout.readers.text.s4_assemble.assemble import Assembler
from newslayout.readers.text.s4_assemble.front import index_teasers
from newslayout.schema import BASE_VERSION, version_for

__all__ = ["codes", "read_text"]


def _load(source: Path | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, ""
    try:
        return source.read_bytes(), source.name
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None


def read_text(source: Path | bytes, *, options: ReadOptions, log: Log) -> Issue:
    """Read a plain-text extraction of a newspaper issue.

    Raises :class:`InputError` for binary data and for a file with no text at all (an empty
    issue would only hide the mistake); everything guessed is a diagnostic with its line.
    """
    data, name = _load(source)
    text = clean_text(decode_bytes(data, encoding=options.encoding, log=log), log)
    if not text.strip():
        raise InputError(
            "the text file is empty (no text to read)",
            hint="give the text extraction of an issue (is this the file you meant?)",
        )
    folds = [fold_tag_kickers(reorder_page(join_soft_breaks(page))) for page in split_pages(text)]
    indexes = [take_index(lines) for lines, _ in folds]
    pages = [lines for lines, _ in indexes]
    interleave.report(pages, log)
    page_texts = ["\n".join(line for _, line in page) for page in pages]
    language = detect_language(page_texts) or IssueMeta().language
    dehyphenator = Dehyphenator.from_texts(page_texts, language)
    assembler = Assembler(log=log, dehyphenator=dehyphenator, page_count=len(pages))
    disabled = options.disabled_rules
    for number, lines in enumerate(pages, start=1):
        assembler.ordered = is_unwrapped([line for _, line in lines])
        units = page_units(number, lines, folds[number - 1][1])
        items = [classify(unit, disabled) for unit in units]
        again = partial(classify, disabled=disabled)  # what is left of a unit cut apart
        items = join_stacked_credits(join_wrapped_bylines(items, again), again)
        items = join_wrapped_credits(items, again)
        items = merge_job_titles(items)
        index_teasers(assembler, number, indexes[number - 1][1])
        assembler.page(number, spread_adverts(items))
    assembler.finish_jumps()
    if assembler.headlines_seen == 0:
        log.add(codes.NO_STRUCTURE, "no headline found; the text is read as one article", line=1)
    articles = tuple(draft.freeze() for draft in assembler.articles)
    page_objects = tuple(
        Page(
            number=number,
            label=assembler.labels.get(number, ""),
            teasers=tuple(resolve_teaser(t, articles) for t in assembler.teasers.get(number, [])),
            furniture=tuple(assembler.furniture.get(number, [])),
        )
        for number in range(1, len(pages) + 1)
    )
    source_name = options.source_name or name
    meta = dataclasses.replace(assembler.issue_meta(source_name), language=language)
    issue = Issue(meta=meta, pages=page_objects, articles=articles)
    return _labels_outside(issue)


def _labels_outside(issue: Issue) -> Issue:
    """An issue that names some page outside the file by its label (an index entry's
    "A23", a box) is written as a later schema version, where every target outside the
    file must be a label: its jumps leaving the file then keep their printed labels, as the
    PDF reader's do. An issue without labels keeps its page numbers (version 1, as before)."""
    if version_for(issue) == BASE_VERSION:
        return issue
    numbers = [page.number for page in issue.pages]
    articles = tuple(jumps_leaving_file(a, numbers) for a in issue.articles)
    return dataclasses.replace(issue, articles=articles)
