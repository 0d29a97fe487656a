"""Code every renderer and builder shares: running the engines, reading the PDF back, checking.

The renderers (``render_*.py``, ``blind/render_*.py``) write an engine's source text; this module
runs Chromium, WeasyPrint and pdftotext the same way for all of them, keeps a failed engine
source under ``build/corpus-failed/`` (never beside the committed corpus), and gives the builders
one ``page_texts``/``on_page`` check of where text landed.
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FAILED = ROOT / "build" / "corpus-failed"


def keep_failed(source: Path, out_pdf: Path, suffix: str) -> Path:
    """Copy an engine source that failed to ``build/corpus-failed/<name>.failed<suffix>``."""
    FAILED.mkdir(parents=True, exist_ok=True)
    kept = FAILED / f"{out_pdf.stem}.failed{suffix}"
    shutil.copy(source, kept)
    return kept


def chromium_pdf(html_path: Path, out_pdf: Path) -> None:
    """Print an HTML file to PDF with headless Chromium (no header/footer, fresh profile)."""
    with tempfile.TemporaryDirectory(prefix="corpus-chrome-") as profile:
        cmd = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={out_pdf}",
            "--no-pdf-header-footer",
            html_path.as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def weasyprint_pdf(html_path: Path, out_pdf: Path) -> None:
    import weasyprint  # type: ignore[import-not-found,unused-ignore]

    weasyprint.HTML(filename=str(html_path)).write_pdf(str(out_pdf))


def render_with(
    renderers: Mapping[str, str], package: str | None, engine: str, source: Any, out_pdf: Path
) -> None:
    """Typeset ``source`` with the renderer module ``renderers`` names for ``engine`` (a module
    of ``package``, imported only now: each renderer pulls its own tools)."""
    if engine not in renderers:
        raise ValueError(engine)
    importlib.import_module(f".{renderers[engine]}", package).render(source, out_pdf)


def html_pdf(
    document: Callable[[Path], str],
    out_pdf: Path,
    *,
    chromium: bool,
    prefix: str,
    check: Callable[[Path], None] | None = None,
) -> None:
    """Print the HTML ``document(work)`` returns (its images go in the scratch folder ``work``)
    with Chromium or WeasyPrint to ``out_pdf``; ``check(html)`` looks at the page first."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        page = work / "issue.html"
        page.write_text(document(work), encoding="utf-8")
        if check is not None:
            check(page)
        tmp_pdf = work / "issue.pdf"
        if chromium:
            chromium_pdf(page, tmp_pdf)
        else:
            weasyprint_pdf(page, tmp_pdf)
        shutil.copy(tmp_pdf, out_pdf)


def typst_pdf(
    document: Callable[[Path], str],
    out_pdf: Path,
    *,
    prefix: str,
    font_paths: Sequence[Path] = (),
    timestamp: int | None = None,
) -> None:
    """Compile the Typst source ``document(work)`` writes to ``out_pdf``; a failed source is
    kept under ``build/corpus-failed/``. ``timestamp`` fixes the PDF's date (byte-stable
    rebuilds); ``font_paths`` are folders Typst does not scan by itself."""
    # The PyPI binding bundles the compiler; only the tools venv has it (and it ships no stubs).
    typst = importlib.import_module("typst")
    options: dict[str, Any] = {}
    if font_paths:
        options["font_paths"] = [str(p) for p in font_paths]
    if timestamp is not None:
        options["timestamp"] = timestamp
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        source = work / "issue.typ"
        source.write_text(document(work), encoding="utf-8")
        try:
            pdf = typst.compile(str(source), **options)
        except Exception as exc:
            keep_failed(source, out_pdf, ".typ")
            raise RuntimeError(f"typst failed: {exc}") from exc
        assert isinstance(pdf, bytes)
        out_pdf.write_bytes(pdf)


def pdftotext(pdf: Path, out: Path, raw: bool = False) -> None:
    """pdftotext's extraction of ``pdf`` (default mode, or ``-raw``) written to ``out``."""
    mode = ["-raw"] if raw else []
    subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(pdf), str(out)], check=True)


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext default mode)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    """Letters and digits only: ignores hyphenation, spacing and soft hyphens when comparing."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def on_page_checker(texts: list[str]) -> Callable[[str, int], bool]:
    """``on_page(needle, page)``: is the text printed on that 1-based page?"""
    flat = [squash(t) for t in texts]

    def on_page(needle: str, page: int) -> bool:
        if not 0 < page <= len(flat):
            return False
        text = flat[page - 1]
        # pdftotext may interleave a multi-line headline with the next column: fall back to words.
        return squash(needle) in text or all(squash(w) in text for w in needle.split())

    return on_page


def run_tex(engine: str, work: Path, out_pdf: Path, runs: int = 2) -> None:
    """Typeset ``work/issue.tex`` with a TeX engine ``runs`` times, then copy the PDF out.

    multicol and paracol settle their column heights on the second run. A failed source is kept
    under ``build/corpus-failed/``.
    """
    for _ in range(runs):
        proc = subprocess.run(
            [engine, "-interaction=nonstopmode", "-halt-on-error", "issue.tex"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if proc.returncode != 0:
            keep_failed(work / "issue.tex", out_pdf, ".tex")
            raise RuntimeError(f"{engine} failed:\n{proc.stdout[-3000:]}")
    shutil.copy(work / "issue.pdf", out_pdf)
