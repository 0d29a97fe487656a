"""The review page in a real browser: Debian's headless Chromium driven by Selenium through
chromedriver (both installed by .ci/run). The page is loaded from the file system, as a user
opens it, with every network feature of the browser switched off."""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from review_helpers import HOSTILE, Read
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from newslayout.outputs import atomic_write_many
from newslayout.review.page import review_files

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,1000",
)


def _find(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError(
        f"{names[0]} is not installed: .ci/run installs it "
        "(apt-get install -y chromium chromium-driver)"
    )


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _find("chromium", "chromium-browser")
    for flag in FLAGS:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory(prefix="newslayout-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")
        service = Service(executable_path=_find("chromedriver"))
        browser = webdriver.Chrome(options=options, service=service)
        try:
            yield browser
        finally:
            browser.quit()


def open_review(driver: webdriver.Chrome, read: Read, folder: Path) -> None:
    atomic_write_many(folder, review_files(read.source, read.review, dpi=72))
    driver.get((folder / "index.html").resolve().as_uri())
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready")
    )


def js(driver: webdriver.Chrome, script: str, *args: Any) -> Any:
    return driver.execute_script(script, *args)


def test_selecting_an_article_highlights_its_regions(
    driver: webdriver.Chrome, sample: Read, tmp_path: Path
) -> None:
    open_review(driver, sample, tmp_path / "review")
    loaded = js(driver, "return [...document.images].map(i => i.complete && i.naturalWidth > 0)")
    assert loaded and all(loaded), "a page image did not load under the page's policy"
    spread = next(a for a in sample.review.articles if len(a.pages) > 1)
    driver.find_element(By.CSS_SELECTOR, f'#articles button[data-article="{spread.id}"]').click()
    assert js(driver, "return document.body.dataset.selected") == spread.id
    selected = js(
        driver,
        "return [...document.querySelectorAll('.region.selected')].map(r => ["
        "r.dataset.article, Number(r.closest('.page').dataset.page),"
        "r.x.baseVal.value, r.y.baseVal.value, getComputedStyle(r).strokeWidth])",
    )
    want = [r for r in sample.review.regions if r.article == spread.id]
    assert len(selected) == len(want)
    assert {s[0] for s in selected} == {spread.id}
    assert {s[1] for s in selected} == set(spread.pages)
    assert sorted((s[1], round(s[2], 2), round(s[3], 2)) for s in selected) == sorted(
        (r.page, round(r.box.x0, 2), round(r.box.top, 2)) for r in want
    )
    assert {s[4] for s in selected} == {"3px"}
    dimmed = js(driver, "return document.querySelectorAll('.region.dim').length")
    assert dimmed > 0
    # The first region of the article was scrolled into view.
    top = js(
        driver,
        "return document.querySelector('.region.selected').getBoundingClientRect().top",
    )
    assert 0 <= top <= 1000
    shot = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    small = shot.resize((200, 140))
    colours: list[tuple[int, Any]] = list(small.getcolors(200 * 140) or [])
    assert len(colours) > 50, "the screenshot is nearly blank"
    white = sum(n for n, c in colours if min(c) > 245)
    assert white < 0.8 * 200 * 140


def test_clicking_a_region_selects_its_article_and_keys_step(
    driver: webdriver.Chrome, sample: Read, tmp_path: Path
) -> None:
    open_review(driver, sample, tmp_path / "review")
    other = sample.review.articles[2].id
    js(
        driver,
        "document.querySelector(`.region[data-article='${arguments[0]}']`)"
        ".dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        other,
    )
    assert js(driver, "return document.body.dataset.selected") == other
    pressed = js(
        driver, "return document.querySelector('#articles [aria-pressed=true]').dataset.article"
    )
    assert pressed == other
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert js(driver, "return document.body.dataset.selected") == sample.review.articles[3].id
    body.send_keys("k")
    body.send_keys("k")
    assert js(driver, "return document.body.dataset.selected") == sample.review.articles[1].id
    body.send_keys("n")
    assert js(driver, "return document.querySelector('.page.current').dataset.page") in ("2", "3")
    body.send_keys("\ue00c")  # Escape
    assert js(driver, "return document.body.dataset.selected") == ""
    # A diagnostic in the list scrolls to its mark on the page.
    driver.find_element(By.CSS_SELECTOR, "#diagnostics button").click()
    assert "a test note on page 2" in driver.find_element(By.ID, "detail-text").text


def test_hostile_text_reads_literally_and_runs_nothing(
    driver: webdriver.Chrome, hostile: Read, tmp_path: Path
) -> None:
    open_review(driver, hostile, tmp_path / "review")
    assert js(driver, "return window.__pwned === undefined")
    assert js(driver, "return document.scripts.length") == 2
    titles = js(
        driver, "return [...document.querySelectorAll('svg title')].map(t => t.textContent)"
    )
    joined = "\n".join(titles)
    assert HOSTILE[0] in joined and "javascript:" in joined
    assert js(driver, "return document.querySelectorAll('img:not([alt^=\"Page \"])').length") == 0
    driver.find_element(By.CSS_SELECTOR, "#diagnostics button").click()
    assert "</script><b>x</b>" in driver.find_element(By.ID, "detail-text").text
    assert js(driver, "return window.__pwned === undefined")


def test_clicking_a_teaser_goes_to_its_page(
    driver: webdriver.Chrome, sample: Read, tmp_path: Path
) -> None:
    open_review(driver, sample, tmp_path / "review")
    index, teaser = next(
        (i, r)
        for i, r in enumerate(sample.review.regions)
        if r.role == "teaser" and r.link_page and r.link_page > 1
    )
    js(
        driver,
        "document.querySelector(`[data-region='${arguments[0]}']`)"
        ".dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        f"r{index}",
    )
    assert js(driver, "return document.querySelector('.page.current').dataset.page") == str(
        teaser.link_page
    )
    assert teaser.text in driver.find_element(By.ID, "detail-text").text
