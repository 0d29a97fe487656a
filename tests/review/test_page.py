"""The review page's HTML, read as text: data escaped, policy strict, script never parses
issue text as HTML."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
from review_helpers import HOSTILE, HOSTILE_MESSAGE, Read

from newslayout.review.page import review_files, review_html, script_json
from newslayout.review.style import ROLES, article_colour, hex_colour
from newslayout.review.text import visible

STATIC = Path(__file__).resolve().parents[2] / "newslayout" / "review" / "static"


def page_of(read: Read) -> str:
    return review_html(read.review, read.source.name, {1: "pages/page-001.png"})


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"t": "</script><!-- <script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- <script> & \u2028"}


def test_hostile_text_stays_data(hostile: Read) -> None:
    page = page_of(hostile)
    doc = lxml.html.document_fromstring(page)
    scripts = doc.findall(".//script")
    assert len(scripts) == 2, "hostile text added or split a script element"
    assert scripts[0].get("type") == "application/json"
    data = json.loads(scripts[0].text or "")
    texts = " ".join(r["text"] for r in data["regions"])
    for needle in ("<script>window.__pwned=1</script>", "onerror=window.__pwned=2", "javascript:"):
        assert needle in texts, needle
    assert any(d["message"] == visible(HOSTILE_MESSAGE) for d in data["diagnostics"])
    assert "␀" in visible(HOSTILE_MESSAGE) and "<U+202E>" in visible(HOSTILE_MESSAGE)
    # Nothing but the two scripts, the style and the static skeleton: no element from the data.
    assert not doc.findall(".//img") and not doc.findall(".//a") and not doc.findall(".//iframe")
    for element in doc.iter():
        for name in element.attrib:
            assert not str(name).lower().startswith("on"), (element.tag, name)
    assert HOSTILE[3] not in page.split("<script")[0]


def test_policy_forbids_remote_loads(sample: Read) -> None:
    doc = lxml.html.document_fromstring(page_of(sample))
    metas = [m for m in doc.findall(".//meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    parts = [part.strip().split(" ", 1) for part in metas[0].get("content", "").split(";")]
    policy = {part[0]: part[1] if len(part) > 1 else "" for part in parts}
    assert policy["default-src"] == "'none'"
    assert policy["img-src"] == "'self'"
    assert policy["script-src"].startswith("'sha256-") and " " not in policy["script-src"]
    assert policy["style-src"].startswith("'sha256-")
    assert policy["base-uri"] == "'none'" and policy["form-action"] == "'none'"
    assert "unsafe" not in metas[0].get("content", "")


def test_script_never_parses_text_as_html() -> None:
    script = (STATIC / "review.js").read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "Function(",
    ):
        assert sink not in script, sink
    assert "textContent" in script
    # The SVG namespace is a name, not a load.
    rest = script.replace('"http://www.w3.org/2000/svg"', "")
    assert "http:" not in rest and "https:" not in rest


def test_review_folder_holds_the_page_and_one_image_per_page(sample: Read) -> None:
    files = review_files(sample.source, sample.review, dpi=36)
    assert sorted(files) == ["index.html"] + [
        f"pages/page-{p.number:03d}.png" for p in sample.review.pages
    ]
    for name, data in files.items():
        if name.endswith(".png"):
            assert data[:4] == b"\x89PNG"
    html = files["index.html"].decode()
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html


def test_docs_describe_every_role_as_drawn() -> None:
    doc = (STATIC.parents[2] / "docs" / "review.md").read_text(encoding="utf-8")
    for role, style in ROLES.items():
        dash = "solid" if not style.dash else "dashed " + "-".join(f"{d:g}" for d in style.dash)
        fill = round(style.fill * 100)
        row = f"| `{role}` | {dash} | {style.width:g} pt | {fill} % | {style.meaning} |"
        assert row in doc, row


def test_page_and_overlay_share_the_article_colours(sample: Read) -> None:
    doc = lxml.html.document_fromstring(page_of(sample))
    data = json.loads(doc.findall(".//script")[0].text or "")
    assert [a["colour"] for a in data["articles"]] == [
        hex_colour(article_colour(i)) for i in range(len(sample.issue.articles))
    ]
    assert [a["id"] for a in data["articles"]] == [a.id for a in sample.issue.articles]
