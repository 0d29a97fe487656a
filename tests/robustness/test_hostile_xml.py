"""Hostile XML through every command that parses it: a clear error, fast, in bounded memory.

External entities (a secret file that must never appear anywhere), entity expansion (billion
laughs), parameter entities, 100,000 levels of nesting and a 50 MB text node. The two big
ones run in a child process with an address-space cap, so "bounded memory" is checked, not
hoped for.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newslayout.cli import main

SECRET = "TOP-SECRET-7f3a9c"
MEMORY_CAP = 1536 * 1024**2


def _xxe(secret_file: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE issue [<!ENTITY x SYSTEM "file://{secret_file}">]>\n'
        '<issue schema-version="1"><issue-meta><journal-title-group><journal-title>&x;'
        "</journal-title></journal-title-group></issue-meta></issue>\n"
    ).encode()


def _laughs() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE issue [{entities}]><issue>&a9;</issue>'.encode()


def _parameter_entity(secret_file: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE issue [<!ENTITY % p SYSTEM "file://{secret_file}"> %p;]>'
        '<issue schema-version="1"/>'
    ).encode()


def _utf16_xxe(secret_file: Path) -> bytes:
    return _xxe(secret_file).decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')\
        .encode("utf-16")  # fmt: skip


def _deep(levels: int = 100_000) -> bytes:
    return b'<?xml version="1.0"?><issue schema-version="1">' + b"<p>" * levels + b"x" \
        + b"</p>" * levels + b"</issue>"  # fmt: skip


def _huge_text(megabytes: int = 50) -> bytes:
    return (
        b'<?xml version="1.0"?><issue schema-version="1"><issue-meta><journal-title-group>'
        b"<journal-title>" + b"A" * (megabytes * 1024 * 1024) + b"</journal-title>"
        b"</journal-title-group></issue-meta></issue>"
    )


def _run(args: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    status = main(args, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue(), time.monotonic() - start


PAYLOADS: dict[str, Callable[[Path], bytes]] = {
    "xxe": _xxe,
    "xxe-utf16": _utf16_xxe,
    "parameter-entity": _parameter_entity,
    "billion-laughs": lambda _secret: _laughs(),
}


@pytest.mark.parametrize("kind", sorted(PAYLOADS))
@pytest.mark.parametrize("command", ["convert", "render", "validate", "inspect"])
def test_entities_are_refused_and_nothing_leaks(tmp_path: Path, kind: str, command: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    source = tmp_path / "hostile.xml"
    source.write_bytes(PAYLOADS[kind](secret))
    args = {
        "convert": ["convert", str(source), "-o", str(tmp_path / "out.xml")],
        "render": ["render", str(source), "-o", str(tmp_path / "out.pdf")],
        "validate": ["validate", str(source)],
        "inspect": ["inspect", str(source), "--json"],
    }[command]
    status, out, err, seconds = _run(args)
    assert status in ((1, 2) if command == "validate" else (2,)), err
    assert seconds < 5
    assert SECRET not in out + err
    assert "Traceback" not in err and "internal error" not in err
    if status == 2:
        assert len(err.strip().splitlines()) == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.xml", "secret.txt"]


_CHILD = (
    "import resource, sys\n"
    "resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))\n"
    "from newslayout.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("kind", ["deep", "huge-text"])
@pytest.mark.parametrize("command", ["convert", "validate"])
def test_deep_and_huge_xml_fail_fast_in_bounded_memory(
    tmp_path: Path, kind: str, command: str
) -> None:
    source = tmp_path / "hostile.xml"
    source.write_bytes(_deep() if kind == "deep" else _huge_text())
    args = ["convert", str(source), "-o", str(tmp_path / "out.xml")]
    if command == "validate":
        args = ["validate", str(source)]
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.monotonic() - start < 20
    assert done.returncode in ((1, 2) if command == "validate" else (2,)), done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    if done.returncode == 2:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr[:500]
    assert not (tmp_path / "out.xml").exists()
