"""Reads the cue fixture files: one case per line, ``[kind: ]input -> expected``."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def load(name: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(input, expected) pairs of ``name``; with ``kind``, only lines starting ``kind: ``."""
    cases: list[tuple[str, str]] = []
    for raw in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if kind is not None:
            prefix = f"{kind}: "
            if not raw.startswith(prefix):
                continue
            raw = raw[len(prefix) :]
        text, sep, expected = raw.rpartition(" -> ")
        if not sep:
            raise AssertionError(f"{name}: fixture line without ' -> ': {raw!r}")
        cases.append((text, expected.strip()))
    return cases
