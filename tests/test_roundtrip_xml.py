"""Round-trip properties of the issue XML, and the sample issue as a golden file.

``read_xml(write_xml(i)) == i`` for every consistent issue the strategies generate, the XML of
every such issue validates without errors, and for issues with characters XML cannot hold the
round trip gives the canonical (sanitized, rounded) issue.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from strategies import issues

from newslayout.diagnostics import Log, Severity
from newslayout.model import Issue
from newslayout.readers.issue_xml import read_xml
from newslayout.sanitize import invalid_characters
from newslayout.validation import validate_xml
from newslayout.writers.issue_xml import canonical_issue, write_xml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "harbor-ledger.xml"
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(issues())
def test_read_is_the_exact_inverse_of_write(issue: Issue) -> None:
    data = write_xml(issue)
    assert read_xml(data) == issue
    assert write_xml(issue) == data  # deterministic bytes


@PROPERTY
@given(issues())
def test_every_written_issue_validates(issue: Issue) -> None:
    errors = [d.render() for d in validate_xml(write_xml(issue)) if d.severity is Severity.ERROR]
    assert errors == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(issues(dirty=True))
def test_round_trip_of_any_issue_is_its_canonical_form(issue: Issue) -> None:
    log = Log()
    data = write_xml(issue, log=log)
    canonical = canonical_issue(issue)
    assert read_xml(data) == canonical
    assert write_xml(canonical) == data
    dirty = any(invalid_characters(text) for text in _all_text(issue))
    assert dirty == any(d.code == "xml-invalid-character" for d in log)


def _all_text(issue: Issue) -> list[str]:
    """Every string in the issue, found generically (so no field is forgotten)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(issue)
    return out


def test_sample_issue_reads_and_writes_back_byte_identical() -> None:
    data = SAMPLE.read_bytes()
    issue = read_xml(SAMPLE)
    assert write_xml(issue) == data
    assert len(issue.articles) >= 5 and len(issue.pages) == 4


def test_sample_issue_validates_without_any_diagnostic() -> None:
    assert [d.render() for d in validate_xml(SAMPLE)] == []


def _load_image_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_images", ROOT / "samples" / "make_images.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_image_script_reproduces_the_committed_photos(tmp_path: Path) -> None:
    written: list[Path] = _load_image_script().build(tmp_path)
    assert sorted(p.name for p in written) == ["p1-1.jpg", "p2-1.jpg", "p3-1.jpg"]
    for path in written:
        committed = ROOT / "samples" / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), committed
    assert all(p.stat().st_size <= 40_000 for p in written if p.suffix == ".jpg")
