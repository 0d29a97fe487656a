"""A folder holding the sample issue the way the docs' examples expect it."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
JATS_DTDS = ROOT.parent / "shared" / "jats"


def fill_sample_dir(folder: Path) -> Path:
    """Copy the sample issue into ``folder`` as ``harbor-ledger.*`` and ``issue.*``.

    ``samples/`` inside it holds the same files (the README starts with ``cd samples``); the
    images folder the XML names travels with it. Returns ``folder``.
    """
    for target in (folder, folder / "samples"):
        target.mkdir(parents=True, exist_ok=True)
        for suffix in (".xml", ".pdf", ".txt"):
            source = SAMPLES / f"harbor-ledger{suffix}"
            shutil.copyfile(source, target / source.name)
            shutil.copyfile(source, target / f"issue{suffix}")
        shutil.copytree(SAMPLES / "harbor-ledger-images", target / "harbor-ledger-images")
    return folder
