"""The command-line side of the review views, kept apart from ``newslayout/cli.py``.

``cli.py`` calls four functions: :func:`add_inspect_options` and :func:`add_review_command`
while building its parser, :func:`check_inspect_options` before ``inspect`` reads (so a bad
output path fails before a long read), and :func:`write_inspect_views` after it; the ``review``
command runs through :func:`run_review`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from newslayout.diagnostics import Diagnostic
from newslayout.errors import InputError, OutputError, UsageError
from newslayout.formats import format_for_path
from newslayout.model import Issue
from newslayout.options import ReadOptions
from newslayout.outputs import atomic_write, atomic_write_many, check_output_path
from newslayout.review.png import DEFAULT_DPI, check_dpi, png_name

Report = Callable[[list[Diagnostic], argparse.Namespace, TextIO], None]


def add_inspect_options(parser: argparse.ArgumentParser) -> None:
    """``inspect --overlay PDF --png DIR --dpi N``."""
    group = parser.add_argument_group("seeing what was read (PDF input)")
    group.add_argument(
        "--overlay",
        type=Path,
        metavar="PDF",
        help="write the source pages with the reading drawn over them",
    )
    group.add_argument(
        "--png", type=Path, metavar="DIR", help="write the same drawing as one PNG per page"
    )
    group.add_argument(
        "--dpi",
        type=int,
        default=DEFAULT_DPI,
        metavar="N",
        help=f"resolution of --png (default {DEFAULT_DPI})",
    )


def add_review_command(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_read_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """``review issue.pdf -o DIR [--dpi N]``."""
    p = sub.add_parser("review", help="write a review page (HTML) of what was read from a PDF")
    p.add_argument("input", type=Path, help="the issue PDF to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the folder to write")
    p.add_argument(
        "--dpi",
        type=int,
        default=DEFAULT_DPI,
        metavar="N",
        help=f"resolution of the page images (default {DEFAULT_DPI})",
    )
    add_read_options(p)


def _require_pdf(args: argparse.Namespace, what: str) -> None:
    path: Path = args.input
    if path.exists() and format_for_path(path, args.from_format, reading=True).name != "pdf":
        raise UsageError(
            f"{path}: {what} needs the PDF the issue is read from",
            hint="give the issue's .pdf file",
        )


def _check_folder(folder: Path, inputs: Sequence[Path]) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputError(
            f"{folder}: exists and is not a folder", hint="give a folder to write into"
        )
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{folder}: the folder {parent} does not exist", hint="create it first")
    for source in inputs:
        if source.resolve().parent == folder.resolve():
            raise OutputError(
                f"{folder}: the output folder holds the input", hint="choose another folder"
            )


def check_inspect_options(args: argparse.Namespace) -> None:
    """Refuse bad ``--overlay/--png/--dpi`` before the (possibly long) read."""
    if args.overlay is None and args.png is None:
        return
    check_dpi(args.dpi)
    _require_pdf(args, "--overlay/--png")
    if args.overlay is not None:
        check_output_path(args.overlay, (args.input,))
    if args.png is not None:
        _check_folder(args.png, (args.input,))


def _password(args: argparse.Namespace) -> str | None:
    value = getattr(args, "password", None)
    return value if isinstance(value, str) else None


def write_inspect_views(
    args: argparse.Namespace, issue: Issue, diagnostics: list[Diagnostic], stderr: TextIO
) -> None:
    """Write what ``--overlay`` and ``--png`` ask for (nothing when neither is given)."""
    if args.overlay is None and args.png is None:
        return
    # The drawing libraries load only now (this module is imported for every command).
    from newslayout.review.build import review_of
    from newslayout.review.overlay import overlay_pdf
    from newslayout.review.png import render_pages

    source: Path = args.input
    review = review_of(source, issue, diagnostics, password=_password(args))
    data = overlay_pdf(source, review, password=_password(args), source_name=source.name)
    if args.overlay is not None:
        atomic_write(args.overlay, data)
        if not args.quiet:
            stderr.write(f"wrote {args.overlay}\n")
    if args.png is not None:
        # The overlay opens with its legend page(s); the source pages are the last ones.
        sheets = _legend_sheets(data, len(review.pages))
        files: dict[str, bytes] = {}
        for index, png in render_pages(data, range(sheets, sheets + len(review.pages)), args.dpi):
            if png is None:
                raise InputError(
                    f"{source}: page {index - sheets + 1} of the overlay cannot be rendered"
                )
            files[png_name(review.pages[index - sheets].number)] = png
        atomic_write_many(args.png, files)
        if not args.quiet:
            stderr.write(f"wrote {len(files)} PNG page(s) into {args.png}\n")


def _legend_sheets(overlay: bytes, source_pages: int) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(overlay)
    try:
        return len(document) - source_pages
    finally:
        document.close()


def run_review(
    args: argparse.Namespace,
    stdout: TextIO,
    stderr: TextIO,
    options: ReadOptions,
    report: Report,
) -> int:
    """``newslayout review``: read the PDF and write the review folder."""
    from newslayout.api import read
    from newslayout.review.build import review_of
    from newslayout.review.page import review_files

    check_dpi(args.dpi)
    _require_pdf(args, "the review page")
    folder: Path = args.output
    _check_folder(folder, (args.input,))
    issue, diagnostics = read(args.input, format=args.from_format, options=options)
    report(diagnostics, args, stderr)
    review = review_of(args.input, issue, diagnostics, password=_password(args))
    files = review_files(
        args.input, review, source_name=args.input.name, dpi=args.dpi, password=_password(args)
    )
    atomic_write_many(folder, files)
    if not args.quiet:
        stdout.write(f"wrote {folder / 'index.html'} ({len(files) - 1} page image(s))\n")
    return 0
