"""Mutating real PDFs into damaged ones: bit flips, truncations, spliced objects, token noise.

The seeds are the project's own PDFs (``samples/*.pdf``, ``tests/corpus/*.pdf``). When the
``qpdf`` tool is installed, each seed is also split into single pages and rewritten in QDF
form (streams uncompressed, one object per line block), so that a mutation lands in the
content stream or the object syntax the parser has to read, instead of mostly in compressed
bytes that only exercise the decompressor. Every mutation is a pure function of the seed
bytes and a seeded :class:`random.Random`, so a campaign is reproducible from its seed.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_OBJECT = re.compile(rb"\n(\d+) (\d+) obj\b(.*?)\bendobj", re.S)
_NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")

#: Tokens the PDF grammar gives meaning to: inserting them breaks structure in telling ways.
TOKENS: tuple[bytes, ...] = (
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"<",
    b">",
    b"obj",
    b"endobj",
    b"stream\n",
    b"\nendstream",
    b" R ",
    b"0 0 R",
    b"99999 0 R",
    b"/Length 2147483647",
    b"/Length -1",
    b"/Filter /FlateDecode",
    b"/Filter /LZWDecode",
    b"/Filter /DCTDecode",
    b"/Type /Pages",
    b"/Kids [1 0 R]",
    b"/Parent 1 0 R",
    b"/Count -5",
    b"/MediaBox [0 0 0 0]",
    b"/MediaBox [0 0 1e308 -1e308]",
    b"/Rotate 45",
    b"/Font << /F1 1 0 R >>",
    b"/Encrypt 1 0 R",
    b"xref\n0 1\n0000000000 65535 f \n",
    b"trailer << /Root 1 0 R >>",
    b"startxref\n0\n%%EOF\n",
    b"%%EOF",
    b"BT /F1 1e30 Tf 1e30 0 Td (x) Tj ET",
    b"q q q q q q q q",
    b"Q Q Q Q",
    b"/Im1 Do",
    b"BI /W 100000 /H 100000 /BPC 8 /CS /RGB ID ",
    b" EI ",
    b"1 0 0 1 0 0 cm",
    b"0 0 0 0 0 0 cm",
    b"nan",
    b"-0",
    b"\x00\xff\xfe",
)


@dataclass(frozen=True, slots=True)
class Mutant:
    """One damaged PDF and how it was made (enough to reproduce it by hand)."""

    data: bytes
    seed_name: str
    how: str


def bit_flips(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Flip 1-32 random bits."""
    del donors
    buf = bytearray(data)
    count = rng.choice((1, 2, 4, 8, 32))
    for _ in range(count):
        pos = rng.randrange(len(buf))
        buf[pos] ^= 1 << rng.randrange(8)
    return bytes(buf), f"flip {count} bit(s)"


def truncate(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Cut the file: anywhere, or near its end where the xref table and trailer live."""
    del donors
    if rng.random() < 0.5:
        cut = rng.randrange(len(data))
    else:
        cut = max(0, len(data) - rng.randrange(1, min(len(data), 2048) + 1))
    return data[:cut], f"truncate at {cut}"


def splice_object(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Replace the body of one object with the body of an object from another PDF."""
    targets = list(_OBJECT.finditer(data))
    donor = rng.choice(donors) if donors else data
    sources = list(_OBJECT.finditer(donor))
    if not targets or not sources:
        return truncate(data, rng, donors)
    target, source = rng.choice(targets), rng.choice(sources)
    spliced = data[: target.start(3)] + source.group(3) + data[target.end(3) :]
    return spliced, f"object {int(target.group(1))} <- donor object {int(source.group(1))}"


def duplicate_object(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Copy one object's text over another place (two objects with one number, odd offsets)."""
    del donors
    objects = list(_OBJECT.finditer(data))
    if not objects:
        return bit_flips(data, rng, ())
    chosen = rng.choice(objects)
    pos = rng.randrange(len(data))
    return data[:pos] + chosen.group(0) + data[pos:], f"copy object {int(chosen.group(1))} to {pos}"


def insert_token(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Insert a PDF token at a random place."""
    del donors
    token = rng.choice(TOKENS)
    pos = rng.randrange(len(data) + 1)
    return data[:pos] + token + data[pos:], f"insert {token[:20]!r} at {pos}"


def delete_range(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Delete 1-4096 bytes somewhere (shifts every later xref offset)."""
    del donors
    start = rng.randrange(len(data))
    length = rng.choice((1, 7, 64, 512, 4096))
    return data[:start] + data[start + length :], f"delete {length} at {start}"


def change_number(data: bytes, rng: random.Random, donors: Sequence[bytes]) -> tuple[bytes, str]:
    """Replace one number (length, offset, count, coordinate) with an extreme one."""
    del donors
    numbers = list(_NUMBER.finditer(data))
    if not numbers:
        return bit_flips(data, rng, ())
    chosen = rng.choice(numbers)
    value = rng.choice((b"0", b"-1", b"2147483648", b"99999999999999999999", b"1e-300", b"0.0"))
    mutated = data[: chosen.start()] + value + data[chosen.end() :]
    return mutated, f"number at {chosen.start()} -> {value.decode()}"


Mutation = Callable[[bytes, random.Random, Sequence[bytes]], tuple[bytes, str]]
MUTATIONS: tuple[Mutation, ...] = (
    bit_flips,
    truncate,
    splice_object,
    duplicate_object,
    insert_token,
    delete_range,
    change_number,
)


def mutate(seed: bytes, seed_name: str, rng: random.Random, donors: Sequence[bytes]) -> Mutant:
    """Apply one to three random mutations to ``seed``."""
    data, steps = seed, []
    for _ in range(rng.choice((1, 1, 2, 3))):
        if not data:
            break
        data, how = rng.choice(MUTATIONS)(data, rng, donors)
        steps.append(how)
    return Mutant(data=data, seed_name=seed_name, how="; ".join(steps))


def seed_files() -> list[Path]:
    """The project's own PDFs the campaigns start from."""
    return sorted(REPO.glob("samples/*.pdf")) + sorted(REPO.glob("tests/corpus/*.pdf"))


def _qpdf_pages(path: Path, cache: Path) -> list[Path]:
    """Single-page QDF (uncompressed) copies of ``path``; [] when qpdf fails."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return []
    out: list[Path] = []
    for page in (1, 2, 3):
        target = cache / f"{path.stem}-p{page}.qdf.pdf"
        if not target.exists():
            done = subprocess.run(
                [
                    qpdf,
                    "--qdf",
                    "--object-streams=disable",
                    "--empty",
                    "--pages",
                    str(path),
                    str(page),
                    "--",
                    str(target),
                ],
                capture_output=True,
                check=False,
            )
            if done.returncode not in (0, 3) or not target.exists():
                target.unlink(missing_ok=True)
                continue
        out.append(target)
    return out


def load_seeds(cache: Path, *, split_pages: bool = True) -> dict[str, bytes]:
    """Seed name -> bytes: the seed PDFs, plus their QDF single pages when qpdf is present."""
    cache.mkdir(parents=True, exist_ok=True)
    seeds: dict[str, bytes] = {}
    for path in seed_files():
        seeds[path.name] = path.read_bytes()
        if split_pages:
            for page in _qpdf_pages(path, cache):
                seeds[page.name] = page.read_bytes()
    return seeds
