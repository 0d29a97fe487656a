"""The command line: ``newslayout convert|render|validate|inspect|styles``.

``main(argv) -> int`` runs in-process (tests call it directly). Exit statuses, in one place:
0 success; 1 ``validate`` found errors; 2 unreadable input, bad output path or usage error;
130 interrupted. A user mistake never shows a traceback (``--debug`` shows one for bugs); it
is one line, ``newslayout: error: <file>: <what>: <what to do>``.

``build_parser`` builds the parser (one subparser per command); ``_dispatch`` runs a command.
Helpers (flag names, option checks, progress, diagnostics) are in ``cli_support.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from newslayout import __version__
from newslayout.api import convert, read, validate
from newslayout.batch import cli as batch_cli
from newslayout.cli_support import (
    Progress,
    error_line,
    in_cli_words,
    report,
    seconds,
    unused_options,
)
from newslayout.diagnostics import Diagnostic, Severity, to_json_text
from newslayout.errors import InputError, NewslayoutError, UsageError
from newslayout.formats import Format, get_format, input_format, output_format, readable, writable
from newslayout.inspect import issue_to_json_text, outline
from newslayout.model import Issue
from newslayout.options import DEFAULT_PAGE_TIMEOUT, ReadOptions, WriteOptions
from newslayout.review import cli as review_cli
from newslayout.styles import available_styles, load_style

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
#: The PDF writer's pagination modes (``WriteOptions.pagination``).
PAGINATIONS = ("auto", "source", "reflow")
#: What the PDF writer does with adverts (``WriteOptions.adverts``).
ADVERTS = ("omit", "keep")
#: Whether the PDF writer fills holes with a digest (``WriteOptions.digest``).
DIGESTS = ("fill", "off")
COMMANDS = ("convert", "render", "validate", "inspect", "review", "batch", "styles")
STDIO = "-"


class _ArgError(Exception):
    """A command-line mistake found by argparse; ``usage`` is the usage of that command."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` owns every exit status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("newslayout").strip()
        where = f"{command}: " if command else ""
        raise _ArgError(f"{where}{message}: see '{self.prog} --help'", usage=self.format_usage())


def _format_name(text: str) -> str:
    """argparse type: a format name, case-insensitive, aliases accepted (``txt``)."""
    try:
        return get_format(text).name
    except NewslayoutError:
        return text  # argparse then refuses it, listing the choices


def _add_input(parser: argparse.ArgumentParser) -> None:
    names = ", ".join(s for f in readable() for s in f.suffixes)
    parser.add_argument(
        "input", type=Path, help=f"the issue to read ({names}); - reads standard input"
    )


def _add_read_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading")
    group.add_argument(
        "--from",
        dest="from_format",
        type=_format_name,
        choices=[f.name for f in readable()],
        metavar="FMT",
        help=f"input format: {', '.join(f.name for f in readable())} "
        "(default: from the suffix, else the content)",
    )
    group.add_argument("--password", metavar="P", help="password of an encrypted PDF")
    group.add_argument(
        "--encoding", metavar="ENC", help="force the encoding of a text extraction (utf-8, ...)"
    )
    group.add_argument(
        "--page-timeout",
        type=seconds,
        metavar="SECONDS",
        help=f"skip a PDF page that takes longer (default {DEFAULT_PAGE_TIMEOUT:g}; 0: no limit)",
    )
    group.add_argument(
        "--file-timeout",
        type=seconds,
        metavar="SECONDS",
        help="give up on a PDF that takes longer in all (default: no limit)",
    )
    group.add_argument(
        "--no-images", action="store_true", default=None, help="do not extract PDF images"
    )
    group.add_argument(
        "--diagnostics",
        choices=("text", "json"),
        default="text",
        metavar="text|json",
        help="how to print diagnostics on stderr: text (default) or json",
    )
    loudness = group.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    loudness.add_argument(
        "-v", "--verbose", action="store_true", help="print info notes too (default: warnings)"
    )


def _add_output(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help=what)
    parser.add_argument(
        "--no-clobber",
        action="store_true",
        help="refuse to overwrite an existing output file (default: replace it atomically)",
    )


def _add_style_option(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("PDF output")
    group.add_argument(
        "--style",
        metavar="NAME|PATH",
        help=f"print style: {', '.join(available_styles())} or a .toml file "
        "(default: default; 'newslayout styles' describes them)",
    )
    group.add_argument(
        "--pagination",
        choices=PAGINATIONS,
        metavar="|".join(PAGINATIONS),
        help="source: page for page as the source (stories start on their source page); "
        "reflow: the writer fills pages; auto (default): source when every story knows its page, "
        "and a source page too short to fill a page takes the next page's stories under it",
    )
    group.add_argument(
        "--adverts",
        choices=ADVERTS,
        metavar="|".join(ADVERTS),
        help="omit (default): leave advertisements out of the news pages, with a note; "
        "keep: set them as stories",
    )
    group.add_argument(
        "--digest",
        choices=DIGESTS,
        metavar="|".join(DIGESTS),
        help="fill (default): a hole left on a page but the last gets an 'In this issue' "
        "digest of the issue's other stories; off: leave the hole",
    )


def _add_convert_options(parser: argparse.ArgumentParser) -> None:
    """The reading and writing options of ``convert`` (``batch`` takes them too)."""
    _add_read_options(parser)
    _add_style_option(parser)
    _add_jats_options(parser)


def _add_jats_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("JATS output (--to jats)")
    group.add_argument(
        "--tag-set",
        choices=("publishing-1.3", "archiving-1.1"),
        metavar="SET",
        help="JATS tag set: publishing-1.3 (default; requires --issn) or archiving-1.1",
    )
    group.add_argument(
        "--issn", metavar="NNNN-NNNC", help="ISSN for the journal-meta (never invented)"
    )
    group.add_argument("--publisher", metavar="NAME", help="publisher for the journal-meta")
    group.add_argument(
        "--journal-id", metavar="ID", help="journal id (default: from the publication title)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the usage in docs/cli.md)."""
    parser = _Parser(
        prog="newslayout",
        description="Reconstruct newspaper issues from PDF, text or XML and republish them.",
        epilog="Formats: read "
        + ", ".join(f.name for f in readable())
        + "; write "
        + ", ".join(f.name for f in writable())
        + ". Exit status: 0 ok, 1 invalid, 2 error. 'newslayout COMMAND --help' for more.",
    )
    parser.add_argument("--version", action="version", version=f"newslayout {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("convert", help="convert an issue from one format to another")
    _add_input(p)
    _add_output(p, "the file to write (a folder for jats; - for standard output)")
    p.add_argument(
        "--to",
        dest="to_format",
        type=_format_name,
        choices=[f.name for f in writable()],
        metavar="FMT",
        help=f"output format: {', '.join(f.name for f in writable())} "
        "(default: from the suffix of -o)",
    )
    _add_read_options(p)
    _add_style_option(p)
    _add_jats_options(p)

    p = sub.add_parser("render", help="typeset an issue as a print-style newspaper PDF")
    _add_input(p)
    _add_output(p, "the PDF to write (- for standard output when it is not a terminal)")
    _add_read_options(p)
    _add_style_option(p)

    p = sub.add_parser("validate", help="validate issue XML (or any XML against a DTD)")
    p.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="XML files (- for standard input)"
    )
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        metavar="text|json",
        help="how to print the problems: text (default) or json",
    )
    p.add_argument(
        "--dtd",
        type=Path,
        metavar="PATH",
        help="validate against this DTD instead (e.g. a JATS export)",
    )

    p = sub.add_parser("inspect", help="print an outline of an issue (or its JSON shape)")
    _add_input(p)
    p.add_argument("--json", action="store_true", help="print the documented JSON shape")
    _add_read_options(p)
    review_cli.add_inspect_options(p)
    review_cli.add_review_command(sub, _add_read_options)

    sub.add_parser("styles", help="list the print styles: name, page size, columns")
    batch_cli.add_parser(sub, _add_convert_options)
    return parser


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; an unknown option is reported with its own command's usage."""
    args, extra = parser.parse_known_args(argv)
    if extra:
        commands = next(
            (a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)),
            {},
        )
        owner = commands.get(args.command, parser) if args.command else parser
        owner.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


# --- running the commands ------------------------------------------------------------------


class _Streams:
    """The streams of one run; standard input and output are reached only when asked for."""

    def __init__(self, out: TextIO, err: TextIO, stdin: BinaryIO | None) -> None:
        self.out, self.err, self._stdin = out, err, stdin

    def input_bytes(self) -> bytes:
        stream = self._stdin
        if stream is None:
            if sys.stdin is None or sys.stdin.isatty():
                raise InputError(
                    "-: standard input is a terminal, not a file",
                    hint="pipe an issue in (... | newslayout ... -), or name a file",
                )
            stream = sys.stdin.buffer
        return stream.read()

    def warn(self, text: str) -> None:
        self.err.write(f"newslayout: warning: {text}\n")


def _source(args: argparse.Namespace, streams: _Streams) -> Path | bytes:
    return streams.input_bytes() if str(args.input) == STDIO else Path(args.input)


def _source_format(args: argparse.Namespace, source: Path | bytes) -> str | None:
    """The input format, to check the options against; None when the file is unreadable."""
    if isinstance(source, bytes):
        return input_format(None, args.from_format, source[:1024], parameter="from_format=").name
    try:
        with source.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return None  # reading reports it properly
    return input_format(source, args.from_format, head, parameter="from_format=").name


def _read_options(args: argparse.Namespace, progress: Progress | None) -> ReadOptions:
    page_timeout = DEFAULT_PAGE_TIMEOUT if args.page_timeout is None else args.page_timeout
    return ReadOptions(
        password=args.password,
        encoding=args.encoding,
        page_timeout=page_timeout or None,
        file_timeout=args.file_timeout or None,
        extract_images=not args.no_images,
        source_name="<stdin>" if str(getattr(args, "input", "")) == STDIO else None,
        progress=progress,
    )


def _write_options(args: argparse.Namespace) -> WriteOptions:
    return WriteOptions(
        style=args.style,
        pagination=getattr(args, "pagination", None) or "auto",
        adverts=getattr(args, "adverts", None) or "omit",
        digest=getattr(args, "digest", None) or "fill",
        tag_set=getattr(args, "tag_set", None) or "publishing-1.3",
        issn=getattr(args, "issn", None),
        publisher=getattr(args, "publisher", None),
        journal_id=getattr(args, "journal_id", None),
    )


def _progress_for(args: argparse.Namespace, stderr: TextIO) -> Progress | None:
    if args.quiet or not stderr.isatty():
        return None
    return Progress(stderr, "<stdin>" if str(args.input) == STDIO else str(args.input))


def _warn_unused(
    args: argparse.Namespace, streams: _Streams, source: str | None, target: str | None
) -> None:
    if source is None:
        return
    for unused in unused_options(args, source, target):
        reading = f"{source} input" if unused.applies_to.endswith("input") else f"{target} output"
        streams.warn(
            f"{unused.flag} does nothing for {reading} (it applies to {unused.applies_to}): drop it"
        )


def _output_format(args: argparse.Namespace, to: str | None, streams: _Streams) -> Format:
    if str(args.output) == STDIO:
        if to is None:
            raise UsageError(
                "-: standard output has no suffix to tell the format by",
                hint="name the format with --to xml or --to json",
            )
        fmt = get_format(to)
        if fmt.multi_file:
            raise UsageError(
                f"-: {fmt.name} output is a folder of files and cannot go to standard output",
                hint="name a folder with -o",
            )
        if fmt.name != "pdf" or not streams.out.isatty():
            return fmt
        raise UsageError(
            "-: standard output is a terminal and PDF is binary",
            hint="redirect it (> out.pdf, | lpr) or name a .pdf file with -o",
        )
    return output_format(Path(args.output), to, parameter="to_format=")


class _BinaryOut:
    """Binary standard output: the real buffer, or (a text stream in tests) decoded text."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.buffer: BinaryIO | None = getattr(out, "buffer", None)
        self.collected = io.BytesIO()

    def stream(self) -> BinaryIO:
        if self.buffer is not None:
            self.out.flush()
            return self.buffer
        return self.collected

    def finish(self) -> None:
        if self.buffer is None and self.collected.tell():
            self.out.write(self.collected.getvalue().decode("utf-8", errors="replace"))


def _run_convert(args: argparse.Namespace, streams: _Streams, to: str | None) -> int:
    fmt = _output_format(args, to, streams)  # a wrong output fails before reading
    source = _source(args, streams)
    _warn_unused(args, streams, _source_format(args, source), fmt.name)
    progress = _progress_for(args, streams.err)
    to_stdout = str(args.output) == STDIO
    binary = _BinaryOut(streams.out)
    target: Path | BinaryIO = binary.stream() if to_stdout else Path(args.output)

    def before_write(issue: Issue) -> None:
        if progress:
            verb = "typesetting" if fmt.name == "pdf" else "writing"
            progress.stage(f"{args.output}: {verb} {len(issue.articles)} article(s)")
        if to_stdout and fmt.name == "xml" and issue.assets:
            streams.warn(
                f"-: the issue's {len(issue.assets)} image(s) are not written to standard "
                "output: write to a file with -o to keep them, or pass --no-images"
            )

    try:
        diagnostics = convert(
            source,
            target,
            from_format=args.from_format,
            to_format=fmt.name,
            read_options=_read_options(args, progress),
            write_options=_write_options(args),
            overwrite=not args.no_clobber,
            before_write=before_write,
        )
    finally:
        if progress:
            progress.finish()
    binary.finish()
    report(diagnostics, args, streams.err)
    if not args.quiet and not to_stdout:
        streams.out.write(f"wrote {args.output}\n")
    return EXIT_OK


def _validate_one(path: Path, args: argparse.Namespace, streams: _Streams) -> list[Diagnostic]:
    if str(path) == STDIO:
        return validate(streams.input_bytes(), dtd=args.dtd)
    return validate(path, dtd=args.dtd)


def _run_validate(args: argparse.Namespace, streams: _Streams) -> int:
    if args.dtd is not None:
        from newslayout.dtd import load_dtd

        load_dtd(args.dtd)  # a missing or broken DTD is one error, not one per file
    everything: list[Diagnostic] = []
    status = EXIT_OK
    for path in args.files:
        try:
            found = _validate_one(path, args, streams)
        except NewslayoutError as exc:
            exc.path = exc.path or str(path)
            streams.err.write(error_line(exc))
            status = EXIT_ERROR
            continue
        everything += found
        invalid = any(d.severity is Severity.ERROR for d in found)
        if invalid and status == EXIT_OK:
            status = EXIT_INVALID
        if args.format == "text":
            for diagnostic in found:
                streams.out.write(in_cli_words(diagnostic.render()) + "\n")
            if not invalid:
                streams.out.write(f"{'<stdin>' if str(path) == STDIO else path}: valid\n")
    if args.format == "json":
        streams.out.write(to_json_text(everything) + "\n")
    return status


def _run_inspect(args: argparse.Namespace, streams: _Streams) -> int:
    review_cli.check_inspect_options(args)
    source = _source(args, streams)
    _warn_unused(args, streams, _source_format(args, source), None)
    progress = _progress_for(args, streams.err)
    try:
        issue, diagnostics = read(
            source, format=args.from_format, options=_read_options(args, progress)
        )
    finally:
        if progress:
            progress.finish()
    report(diagnostics, args, streams.err)
    review_cli.write_inspect_views(args, issue, diagnostics, streams.err)
    streams.out.write(issue_to_json_text(issue) if args.json else outline(issue))
    return EXIT_OK


def _run_styles(streams: _Streams) -> int:
    rows = [("NAME", "PAGE (points)", "COLUMNS", "DESCRIPTION")]
    for name in available_styles():
        style = load_style(name)
        width, height = style.page.dimensions
        rows.append(
            (
                name + (" (default)" if name == "default" else ""),
                f"{style.page.size} {width:g} x {height:g}",
                str(style.columns.count),
                style.description,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        streams.out.write("  ".join([*cells, row[3]]).rstrip() + "\n")
    streams.out.write("Use one with --style NAME, or give a .toml file (docs/styles.md).\n")
    return EXIT_OK


def _dispatch(args: argparse.Namespace, streams: _Streams) -> int:
    match args.command:
        case "convert":
            return _run_convert(args, streams, args.to_format)
        case "render":
            return _run_convert(args, streams, "pdf")
        case "validate":
            return _run_validate(args, streams)
        case "inspect":
            return _run_inspect(args, streams)
        case "styles":
            return _run_styles(streams)
        case "review":
            return review_cli.run_review(
                args, streams.out, streams.err, _read_options(args, None), report
            )
        case "batch":
            return batch_cli.run(
                args,
                streams.out,
                streams.err,
                read_options=_read_options(args, None),
                write_options=_write_options(args),
            )
    raise _ArgError(
        f"name a command: {', '.join(COMMANDS)}: see 'newslayout --help'",
        usage=build_parser().format_usage(),
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run the CLI; returns the exit status instead of exiting."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        # --help and --version print through sys.stdout: send them where the caller wants.
        with contextlib.redirect_stdout(out):
            args = _parse(parser, list(sys.argv[1:] if argv is None else argv))
    except _ArgError as exc:
        err.write(f"newslayout: error: {exc}\n{exc.usage}")
        return EXIT_ERROR
    except SystemExit as exc:  # --help and --version print and "exit" with 0
        return int(exc.code or 0)
    try:
        return _dispatch(args, _Streams(out, err, stdin))
    except _ArgError as exc:
        err.write(f"newslayout: error: {exc}\n{exc.usage}")
        return EXIT_ERROR
    except NewslayoutError as exc:
        err.write(error_line(exc))
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
            f"newslayout: error: internal error{f' on {name}' if name else ''}: "
            f"{type(exc).__name__}: {exc}: run with --debug for details and report it\n"
        )
        return EXIT_ERROR
