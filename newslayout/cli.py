"""The command line: ``newslayout convert|render|validate|inspect``.

``main(argv) -> int`` runs in-process (tests call it directly). Exit statuses, in one place:
0 success; 1 ``validate`` found errors; 2 unreadable input, bad output path or usage error;
130 interrupted. A user mistake never shows a traceback (``--debug`` shows one for bugs).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newslayout import __version__
from newslayout.api import convert, read, validate
from newslayout.diagnostics import Diagnostic, Severity, to_json_text
from newslayout.errors import NewslayoutError
from newslayout.formats import FORMATS
from newslayout.inspect import issue_to_json_text, outline
from newslayout.options import DEFAULT_PAGE_TIMEOUT, ReadOptions, WriteOptions

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` owns every exit status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgError(f"{self.prog}: {message}")


class _ArgError(Exception):
    pass


def _add_read_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading")
    group.add_argument("--from", dest="from_format", metavar="FMT", help="input format")
    group.add_argument("--password", help="password of an encrypted PDF")
    group.add_argument("--encoding", help="force the encoding of a text extraction")
    group.add_argument(
        "--page-timeout",
        type=float,
        default=DEFAULT_PAGE_TIMEOUT,
        metavar="SECONDS",
        help=f"skip a PDF page that takes longer (default {DEFAULT_PAGE_TIMEOUT:g}; 0: no limit)",
    )
    group.add_argument(
        "--file-timeout",
        type=float,
        default=0,
        metavar="SECONDS",
        help="give up on a file that takes longer in all (default: no limit)",
    )
    group.add_argument("--no-images", action="store_true", help="do not extract images")
    group.add_argument(
        "--diagnostics",
        choices=("text", "json"),
        default="text",
        help="how to print diagnostics on stderr (default text)",
    )
    group.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    group.add_argument(
        "-v", "--verbose", action="store_true", help="print info notes too (default: warnings)"
    )


def _add_write_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("writing")
    group.add_argument("--style", metavar="NAME|PATH", help="print style for PDF output")
    group.add_argument(
        "--tag-set",
        default="publishing-1.3",
        choices=("publishing-1.3", "archiving-1.1"),
        help="JATS tag set for --to jats (default publishing-1.3)",
    )
    group.add_argument("--issn", help="ISSN for the JATS journal-meta (never invented)")
    group.add_argument("--publisher", help="publisher name for the JATS journal-meta")
    group.add_argument("--journal-id", help="journal id for JATS (default: from the title)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the usage in docs/cli.md)."""
    names = ", ".join(f.name for f in FORMATS)
    parser = _Parser(
        prog="newslayout",
        description="Reconstruct newspaper issues from PDF, text or XML and republish them.",
        epilog=f"Formats: {names}. Exit status: 0 ok, 1 invalid, 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"newslayout {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("convert", help="convert an issue from one format to another")
    p.add_argument("input", type=Path, help="the issue to read (.pdf, .txt, .xml)")
    p.add_argument("-o", "--output", type=Path, required=True, help="file (or folder for jats)")
    p.add_argument("--to", dest="to_format", metavar="FMT", help="output format")
    _add_read_options(p)
    _add_write_options(p)

    p = sub.add_parser("render", help="typeset an issue as a print-style newspaper PDF")
    p.add_argument("input", type=Path, help="the issue to read (.xml, .pdf, .txt)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    _add_read_options(p)
    _add_write_options(p)

    p = sub.add_parser("validate", help="validate issue XML (or any XML against a DTD)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="XML files")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    p.add_argument("--dtd", type=Path, metavar="PATH", help="validate against this DTD instead")

    p = sub.add_parser("inspect", help="print a readable outline of an issue")
    p.add_argument("input", type=Path, help="the issue to read (.pdf, .txt, .xml)")
    p.add_argument("--json", action="store_true", help="print the documented JSON shape")
    _add_read_options(p)

    from newslayout.batch import cli as batch_cli  # its own package (imports this module)

    batch_cli.add_parser(sub)
    return parser


class _Progress:
    """Page progress on a terminal: one overwritten line on stderr, nothing when piped."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        self.stream.write(f"\r{self.label}: page {done}/{total}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _read_options(args: argparse.Namespace, progress: _Progress | None) -> ReadOptions:
    return ReadOptions(
        password=args.password,
        encoding=args.encoding,
        page_timeout=args.page_timeout or None,
        file_timeout=args.file_timeout or None,
        extract_images=not args.no_images,
        progress=progress,
    )


def _write_options(args: argparse.Namespace) -> WriteOptions:
    return WriteOptions(
        style=args.style,
        tag_set=args.tag_set,
        issn=args.issn,
        publisher=args.publisher,
        journal_id=args.journal_id,
    )


def _report(diagnostics: list[Diagnostic], args: argparse.Namespace, stream: TextIO) -> None:
    if args.quiet:
        shown = [d for d in diagnostics if d.severity is Severity.ERROR]
    elif args.verbose:
        shown = list(diagnostics)
    else:
        shown = [d for d in diagnostics if d.severity is not Severity.INFO]
    hidden = len(diagnostics) - len(shown)
    if args.diagnostics == "json":
        stream.write(to_json_text(shown) + "\n")
    else:
        for diagnostic in shown:
            stream.write(diagnostic.render() + "\n")
        if hidden and not args.quiet:
            stream.write(f"({hidden} more note(s); --verbose shows them)\n")


def _progress_for(args: argparse.Namespace, stderr: TextIO) -> _Progress | None:
    if args.quiet or not stderr.isatty():
        return None
    return _Progress(stderr, str(args.input))


def _run_convert(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, to: str | None) -> int:
    progress = _progress_for(args, stderr)
    try:
        diagnostics = convert(
            args.input,
            args.output,
            from_format=args.from_format,
            to_format=to,
            read_options=_read_options(args, progress),
            write_options=_write_options(args),
        )
    finally:
        if progress:
            progress.finish()
    _report(diagnostics, args, stderr)
    if not args.quiet:
        stdout.write(f"wrote {args.output}\n")
    return EXIT_OK


def _run_validate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    everything: list[Diagnostic] = []
    status = EXIT_OK
    for path in args.files:
        try:
            found = validate(path, dtd=args.dtd)
        except NewslayoutError as exc:
            stderr.write(f"newslayout: {exc}\n")
            status = EXIT_ERROR
            continue
        everything += found
        if any(d.severity is Severity.ERROR for d in found) and status == EXIT_OK:
            status = EXIT_INVALID
        if args.format == "text":
            for diagnostic in found:
                stdout.write(diagnostic.render() + "\n")
            if not any(d.severity is Severity.ERROR for d in found):
                stdout.write(f"{path}: valid\n")
    if args.format == "json":
        stdout.write(to_json_text(everything) + "\n")
    return status


def _run_inspect(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    progress = _progress_for(args, stderr)
    try:
        issue, diagnostics = read(
            args.input, format=args.from_format, options=_read_options(args, progress)
        )
    finally:
        if progress:
            progress.finish()
    _report(diagnostics, args, stderr)
    stdout.write(issue_to_json_text(issue) if args.json else outline(issue))
    return EXIT_OK


def _dispatch(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    match args.command:
        case "convert":
            return _run_convert(args, stdout, stderr, args.to_format)
        case "render":
            return _run_convert(args, stdout, stderr, "pdf")
        case "validate":
            return _run_validate(args, stdout, stderr)
        case "inspect":
            return _run_inspect(args, stdout, stderr)
        case "batch":
            from newslayout.batch import cli as batch_cli

            return batch_cli.run(args, stdout, stderr)
    raise _ArgError("newslayout: name a command: convert, render, validate or inspect")


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the CLI; returns the exit status instead of exiting."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        # --help and --version print through sys.stdout: send them where the caller wants.
        with contextlib.redirect_stdout(out):
            args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except _ArgError as exc:
        err.write(f"{exc}\n{parser.format_usage()}")
        return EXIT_ERROR
    except SystemExit as exc:  # --help and --version print and "exit" with 0
        return int(exc.code or 0)
    try:
        return _dispatch(args, out, err)
    except _ArgError as exc:
        err.write(f"{exc}\n{parser.format_usage()}")
        return EXIT_ERROR
    except NewslayoutError as exc:
        err.write(f"newslayout: error: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write("newslayout: interrupted; no partial output was left\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        # A bug of ours, not a user mistake: one clear line, the traceback only on request.
        if getattr(args, "debug", False):
            raise
        name = getattr(args, "input", None) or ""
        err.write(
            f"newslayout: internal error{f' on {name}' if name else ''}: "
            f"{type(exc).__name__}: {exc} (run with --debug for details and report it)\n"
        )
        return EXIT_ERROR
