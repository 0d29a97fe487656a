"""Every input the fuzzer saved under ``crashes/`` is replayed against its reader: it must
now give a result or a ``NewslayoutError``. File names say the target:
``text-*.txt``, ``xml-*.xml`` / ``validate-*.xml`` (both run through reader and validator),
``pdf-*.pdf``; ``crashes/index.tsv`` says what each one crashed with when it was found."""

from __future__ import annotations

from fuzzing import CRASH_DIR, run_target

from newslayout.errors import NewslayoutError

SAVED = sorted(p for p in CRASH_DIR.glob("*-*.*") if p.suffix in (".txt", ".xml", ".pdf"))
TARGETS = {".txt": ("text",), ".xml": ("xml", "validate"), ".pdf": ("pdf",)}


def test_every_saved_crash_input_is_handled() -> None:
    assert CRASH_DIR.is_dir()
    still_crashing: dict[str, str] = {}
    for path in SAVED:
        for target in TARGETS[path.suffix]:
            try:
                run_target(target, path.read_bytes())
            except NewslayoutError:
                pass
            except Exception as exc:
                still_crashing[f"{path.name} ({target})"] = f"{type(exc).__name__}: {exc}"
    assert still_crashing == {}
