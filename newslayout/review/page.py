"""The review page: one static HTML file plus the page images, readable from the file system.

The page is self-contained: its CSS and JavaScript are inlined from the package's ``static``
folder and allowed by their SHA-256 hashes in a Content-Security-Policy that forbids everything
else (no remote load, no inline handler, no plugin, no form, no base URL); images may come from
the page's own folder only. The issue's data travels as JSON inside
``<script type="application/json">``, with ``<``, ``>`` and ``&`` escaped so no text of the
issue can close that element, and the script reads it with ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib import resources
from pathlib import Path

from newslayout.review.png import DEFAULT_DPI, png_name, render_pages
from newslayout.review.regions import Review
from newslayout.review.style import NEUTRAL, ROLES, UNASSIGNED, hex_colour
from newslayout.review.text import one_line, visible

PAGES_DIR = "pages"


def _static(name: str) -> str:
    return (resources.files("newslayout.review") / "static" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def csp(script: str, style: str) -> str:
    """The page's policy: only its own inline script and style (by hash) and its own images."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_sha256(script)}",
            f"style-src {_sha256(style)}",
            "img-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
        )
    )


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` appears raw,
    so ``</script>`` or ``<!--`` in the data cannot end the element or change how it parses."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def review_data(review: Review, source_name: str, images: dict[int, str]) -> dict[str, object]:
    """What the page's script reads: every string made visible (no hidden characters)."""
    return {
        "title": one_line(review.title),
        "facts": one_line(review.facts),
        "source": one_line(source_name),
        "neutral_colour": hex_colour(NEUTRAL),
        "unassigned_colour": hex_colour(UNASSIGNED),
        "roles": {
            role: {"dash": list(s.dash), "width": s.width, "fill": s.fill, "meaning": s.meaning}
            for role, s in ROLES.items()
        },
        "pages": [
            {
                "number": p.number,
                "label": one_line(p.label),
                "width": p.width or 612.0,
                "height": p.height or 792.0,
                "skipped": p.skipped,
                "image": images.get(p.number, ""),
            }
            for p in review.pages
        ],
        "articles": [
            {
                "id": one_line(a.id),
                "headline": one_line(a.headline),
                "kicker": one_line(a.kicker),
                "colour": hex_colour(a.colour),
                "pages": list(a.pages),
            }
            for a in review.articles
        ],
        "regions": [
            {
                "id": f"r{i}",
                "page": r.page,
                "box": [r.box.x0, r.box.top, r.box.x1, r.box.bottom],
                "role": r.role,
                "label": one_line(r.label),
                "article": one_line(r.article),
                "text": one_line(r.text),
                "link_page": r.link_page,
            }
            for i, r in enumerate(review.regions)
        ],
        "diagnostics": [
            {
                "code": one_line(d.code),
                "severity": d.severity.value,
                "message": visible(d.message),
                "page": d.location.page,
                "box": None
                if d.location.box is None
                else [
                    d.location.box.x0,
                    d.location.box.top,
                    d.location.box.x1,
                    d.location.box.bottom,
                ],
            }
            for d in review.diagnostics
        ],
    }


def review_html(review: Review, source_name: str, images: dict[int, str]) -> str:
    """The page's HTML text."""
    script, style = _static("review.js"), _static("review.css")
    # Replaced in one pass so that a placeholder inside the data is never expanded.
    parts = {
        "@CSP@": html.escape(csp(script, style)),
        "@TITLE@": html.escape(f"Review of {one_line(source_name)}"),
        "@CSS@": style,
        "@JS@": script,
        "@DATA@": script_json(review_data(review, source_name, images)),
    }
    template = _static("review.html")
    out: list[str] = []
    rest = template
    while rest:
        at = min(((rest.find(k), k) for k in parts if rest.find(k) >= 0), default=(-1, ""))
        if at[0] < 0:
            out.append(rest)
            break
        out.append(rest[: at[0]])
        out.append(parts[at[1]])
        rest = rest[at[0] + len(at[1]) :]
    return "".join(out)


def review_files(
    source: Path,
    review: Review,
    *,
    source_name: str = "",
    dpi: int = DEFAULT_DPI,
    password: str | None = None,
) -> dict[str, bytes]:
    """Every file of the review folder: ``index.html`` and ``pages/page-NNN.png``."""
    files: dict[str, bytes] = {}
    images: dict[int, str] = {}
    numbers = [p.number for p in review.pages]
    for index, png in render_pages(source, [n - 1 for n in numbers], dpi, password=password):
        if png is not None:
            name = f"{PAGES_DIR}/{png_name(index + 1)}"
            files[name] = png
            images[index + 1] = name
    files["index.html"] = review_html(review, source_name or source.name, images).encode("utf-8")
    return files
