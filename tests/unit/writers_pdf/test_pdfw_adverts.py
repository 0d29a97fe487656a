"""Adverts that reached the issue as articles are left out of the news pages unless kept."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from newslayout.diagnostics import Log
from newslayout.errors import UsageError
from newslayout.model import Article, Issue, IssueMeta, Paragraph, Run
from newslayout.options import WriteOptions
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.adverts import ADVERT_OMITTED, is_advert, news_only

NEWS = Article(
    id="a1",
    headline="Council approves the harbour turbine",
    blocks=(Paragraph(runs=(Run(text="The council voted on Tuesday to approve it."),)),),
)
AD = Article(
    id="a2",
    kicker="ADVERTISEMENT",
    headline="Quayside Chandlery spring sale",
    blocks=(Paragraph(runs=(Run(text="Ropes, buoys and paint at half price."),)),),
)


def _issue(*articles: Article) -> Issue:
    meta = IssueMeta(publication="Test Gazette", date_text="JUNE 1, 2026")
    return Issue(meta=meta, articles=articles)


@pytest.mark.parametrize(
    "article",
    [
        AD,
        NEWS.replace(kicker="Anzeige"),
        NEWS.replace(section="Publicité"),
        NEWS.replace(kicker="Sponsored content"),
        NEWS.replace(article_type="advertisement"),
    ],
)
def test_paid_matter_is_known_by_its_label_or_type(article: Article) -> None:
    assert is_advert(article)


def test_news_under_an_ordinary_kicker_is_not_an_advert() -> None:
    assert not is_advert(NEWS.replace(kicker="Harbour"))
    assert not is_advert(NEWS.replace(kicker="Advertising industry", section="Business"))


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(page.extract_text() or "" for page in pdf.pages)


def test_adverts_are_omitted_with_a_note_and_kept_when_asked() -> None:
    log = Log()
    omitted = _text(write_pdf(_issue(NEWS, AD), options=WriteOptions(), log=log))
    assert "Chandlery" not in omitted and "Council approves" in omitted
    notes = [d for d in log if d.code == ADVERT_OMITTED.id]
    assert len(notes) == 1 and "Chandlery" in notes[0].message
    kept_log = Log()
    kept = write_pdf(_issue(NEWS, AD), options=WriteOptions(adverts="keep"), log=kept_log)
    assert "Chandlery" in _text(kept)
    assert not [d for d in kept_log if d.code == ADVERT_OMITTED.id]


def test_an_issue_without_adverts_is_unchanged_and_a_bad_mode_is_refused() -> None:
    issue = _issue(NEWS)
    assert news_only(issue, "omit", Log()) is issue
    with pytest.raises(UsageError, match="adverts"):
        news_only(issue, "sometimes", Log())
