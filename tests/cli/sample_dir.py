"""A folder holding the sample issue the way the docs' examples expect it."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
JATS_DTDS = ROOT.parent / "shared" / "jats"


def fill_sample_dir(folder: Path) -> Path:
    """Copy the sample issue into ``folder`` as ``harbor-ledger.*`` and as ``issue.*`` (the
    docs' generic name), with the images folder the XML names; ``samples/`` inside it is a
    copy of the repository's ``samples/`` as it is (the README starts with ``cd samples``).
    Returns ``folder``.
    """
    shutil.copytree(SAMPLES, folder / "samples")
    for suffix in (".xml", ".pdf", ".txt"):
        source = SAMPLES / f"harbor-ledger{suffix}"
        shutil.copyfile(source, folder / source.name)
        shutil.copyfile(source, folder / f"issue{suffix}")
    shutil.copytree(SAMPLES / "harbor-ledger-images", folder / "harbor-ledger-images")
    return folder
