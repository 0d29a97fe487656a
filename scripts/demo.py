"""`make demo`: the main jobs of newslayout on the sample issue, run as a user would.

Each step runs the real CLI in-process and says where its output is. The demo stops with a
non-zero status at the first step that fails.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from newslayout.cli import main as cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def step(
    title: str, argv: list[str], *, capture: Path | None = None, ok: tuple[int, ...] = (0,)
) -> None:
    """Run one CLI command, echo it, and fail the demo if it fails."""
    print(f"\n== {title}\n$ newslayout {' '.join(argv)}")
    out = io.StringIO()
    status = cli(argv, stdout=out, stderr=sys.stderr)
    text = out.getvalue()
    if capture is not None:
        capture.write_text(text, encoding="utf-8")
        lines = text.splitlines()
        print(
            "\n".join(lines[:12])
            + (f"\n  ... ({len(lines) - 12} more lines in {capture})" if len(lines) > 12 else "")
        )
    else:
        print(text, end="")
    if status not in ok:
        raise SystemExit(f"demo step failed with status {status}: {title}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "demo")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    xml = SAMPLES / "harbor-ledger.xml"
    pdf = SAMPLES / "harbor-ledger.pdf"
    txt = SAMPLES / "harbor-ledger.txt"

    step("Validate the sample issue XML", ["validate", str(xml)])
    step("Outline of the sample issue", ["inspect", str(xml)], capture=out / "outline.txt")
    step("The same as JSON", ["inspect", "--json", str(xml)], capture=out / "harbor-ledger.json")
    step(
        "Republish it as a newspaper PDF", ["render", str(xml), "-o", str(out / "republished.pdf")]
    )
    step(
        "Republish it in the tabloid style",
        ["render", str(xml), "-o", str(out / "republished-tabloid.pdf"), "--style", "tabloid"],
    )
    step(
        "Read the sample's typeset PDF back into the model",
        ["convert", str(pdf), "-o", str(out / "from-pdf.xml")],
    )
    step("Validate what the PDF reader made", ["validate", str(out / "from-pdf.xml")])
    step("Outline of the PDF as read", ["inspect", str(pdf)], capture=out / "from-pdf-outline.txt")
    step(
        "See what was read: the reading drawn over the PDF, as a PDF and as PNG pages",
        [
            "inspect",
            str(pdf),
            "--overlay",
            str(out / "overlay.pdf"),
            "--png",
            str(out / "overlay-png"),
        ],
        capture=out / "overlay-outline.txt",
    )
    step(
        "The review page (open review/index.html in a browser)",
        ["review", str(pdf), "-o", str(out / "review")],
    )
    step(
        "Read the plain-text extraction of the same issue",
        ["convert", str(txt), "-o", str(out / "from-text.xml")],
    )
    step(
        "Export strict JATS, one file per article",
        [
            "convert",
            str(xml),
            "--to",
            "jats",
            "-o",
            str(out / "jats"),
            "--tag-set",
            "archiving-1.1",
        ],
    )
    print(f"\nDone. Outputs are in {out}:")
    for path in sorted(out.rglob("*")):
        if path.is_file():
            print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
