"""Pure metric functions comparing a reader's inspect JSON with a corpus issue's expected JSON.

Every metric returns counts (not just a ratio) so that per-issue figures can be pooled into
an overall figure that weights each issue by its size. Nothing here reads files or imports
newslayout, so the metrics can be tested on hand-made dictionaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

Doc = dict[str, Any]

HEADLINE_MATCH = 0.9  # fuzzy ratio at which two headlines are the same article
OPENING_WORDS = 40  # words of body that tell apart articles with the same headline
PARAGRAPH_MATCH = 0.6  # fuzzy ratio at which a produced paragraph stands for an expected one
ISSUE_FIELDS = ("publication", "volume", "number", "date_text", "date_iso", "pages")


# ---------------------------------------------------------------- score containers


@dataclass
class Ratio:
    num: float = 0.0
    den: float = 0.0

    @property
    def value(self) -> float:
        # Nothing expected and nothing wrong counts as perfect.
        return self.num / self.den if self.den else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.num + other.num, self.den + other.den)


@dataclass
class PRF:
    tp: float = 0.0
    got: float = 0.0
    expected: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / self.got if self.got else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else (1.0 if not self.got else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.got + other.got, self.expected + other.expected)


@dataclass
class Count:
    n: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.n + other.n)


Score = Ratio | PRF | Count


def headline_value(score: Score) -> float:
    """The one number a table shows for a score."""
    if isinstance(score, Ratio):
        return score.value
    if isinstance(score, PRF):
        return score.f1
    return float(score.n)


# ---------------------------------------------------------------- text helpers


def clean(text: str | None) -> str:
    """Whitespace collapsed; soft hyphens (invisible) dropped; NFC so accents compare equal."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u00ad", "")).strip()


def loose(text: str | None) -> str:
    """Case- and punctuation-insensitive form, for fuzzy matching only."""
    return re.sub(r"[^\w ]+", "", clean(text).lower()).strip()


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def word_ratio(a: str, b: str) -> float:
    # Word-level diff: fast on long bodies and not fooled by frequent characters like spaces.
    return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


# ---------------------------------------------------------------- article matching


def articles(doc: Doc) -> list[Doc]:
    return list(doc.get("articles") or [])


def match_articles(expected: Sequence[Doc], got: Sequence[Doc]) -> list[tuple[int, int]]:
    """One-to-one pairs (expected index, got index) by normalized headline, best pairs first.

    Headlines that tie (several "IN BRIEF" columns on a page, two "Letters") are told apart by
    the opening of their bodies: pairing them by list position instead would score a reader
    that lists two right articles in another order as having read neither body."""
    candidates = []
    for i, e in enumerate(expected):
        for j, g in enumerate(got):
            r = ratio(loose(e.get("headline")), loose(g.get("headline")))
            if r >= HEADLINE_MATCH:
                candidates.append((r, _opening_ratio(e, g), i, j))
    pairs: list[tuple[int, int]] = []
    used_e: set[int] = set()
    used_g: set[int] = set()
    for _, _, i, j in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if i not in used_e and j not in used_g:
            pairs.append((i, j))
            used_e.add(i)
            used_g.add(j)
    return sorted(pairs)


def _opening_ratio(expected: Doc, got: Doc) -> float:
    """How alike the first words of two articles' bodies are (the tie-break of equal heads)."""
    words = OPENING_WORDS
    return word_ratio(
        " ".join(body_text(expected).split()[:words]), " ".join(body_text(got).split()[:words])
    )


# ---------------------------------------------------------------- metrics


def metadata(expected: Doc, got: Doc) -> Ratio:
    e, g = expected.get("issue") or {}, got.get("issue") or {}
    right = sum(1 for f in ISSUE_FIELDS if f in g and _same_field(e.get(f), g.get(f)))
    return Ratio(right, len(ISSUE_FIELDS))


def _same_field(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return clean(a) == clean(b)
    return a == b


def article_prf(expected: Doc, got: Doc) -> PRF:
    e, g = articles(expected), articles(got)
    return PRF(len(match_articles(e, g)), len(g), len(e))


def headline_exact(expected: Doc, got: Doc) -> Ratio:
    e, g = articles(expected), articles(got)
    exact = sum(
        1
        for i, j in match_articles(e, g)
        if clean(e[i].get("headline")) == clean(g[j].get("headline"))
    )
    return Ratio(exact, len(e))


def _multiset_prf(
    exp_items: Iterable[Counter[Any]], got_items: Iterable[Counter[Any]], pairs_tp: int
) -> PRF:
    return PRF(
        pairs_tp, sum(sum(c.values()) for c in got_items), sum(sum(c.values()) for c in exp_items)
    )


def _per_article_prf(expected: Doc, got: Doc, items: Callable[[Doc], Counter[Any]]) -> PRF:
    """PRF of per-article item multisets (items: article -> Counter).

    Items of unmatched articles still count in the denominators.
    """
    e, g = articles(expected), articles(got)
    tp = sum(sum((items(e[i]) & items(g[j])).values()) for i, j in match_articles(e, g))
    return _multiset_prf((items(a) for a in e), (items(a) for a in g), tp)


def _deck(article: Doc) -> Counter[str]:
    return Counter([clean(article.get("deck"))]) if clean(article.get("deck")) else Counter()


def _bylines(article: Doc) -> Counter[tuple[str, str]]:
    return Counter((clean(b.get("name")), str(b.get("role"))) for b in article.get("bylines") or [])


def _figures(article: Doc) -> list[Doc]:
    return [b for b in article.get("blocks") or [] if b.get("type") == "figure"]


def _captions(article: Doc) -> Counter[str]:
    return Counter(clean(f.get("caption")) for f in _figures(article) if clean(f.get("caption")))


def _credits(article: Doc) -> Counter[str]:
    return Counter(clean(f.get("credit")) for f in _figures(article) if clean(f.get("credit")))


def deck_prf(expected: Doc, got: Doc) -> PRF:
    return _per_article_prf(expected, got, _deck)


def byline_prf(expected: Doc, got: Doc) -> PRF:
    return _per_article_prf(expected, got, _bylines)


def caption_prf(expected: Doc, got: Doc) -> PRF:
    return _per_article_prf(expected, got, _captions)


def credit_prf(expected: Doc, got: Doc) -> PRF:
    return _per_article_prf(expected, got, _credits)


def text_blocks(article: Doc) -> list[str]:
    """Paragraph-like blocks (p, subhead, quote) in order, cleaned."""
    return [
        clean(b.get("text"))
        for b in article.get("blocks") or []
        if b.get("type") in ("p", "subhead", "quote")
    ]


def body_text(article: Doc) -> str:
    return " ".join(
        clean(b.get("text")) for b in article.get("blocks") or [] if b.get("type") == "p"
    )


def body_similarity(expected: Doc, got: Doc) -> Ratio:
    """Word-diff ratio of the body per expected article, weighted by expected length."""
    e, g = articles(expected), articles(got)
    match = dict(match_articles(e, g))
    out = Ratio()
    for i, art in enumerate(e):
        text = body_text(art)
        weight = float(len(text))
        sim = word_ratio(text, body_text(g[match[i]])) if i in match else 0.0
        out += Ratio(sim * weight, weight)
    return out


def _longest_increasing(seq: Sequence[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    import bisect

    tails: list[int] = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def _paragraph_similarity(para: str, cand: str) -> float:
    if para == cand:
        return 1.0
    if para and para in cand:
        # Contained (merged paragraphs) is nearly as good, but an exact twin wins:
        # a pull quote repeats words of a paragraph and must not steal its place.
        return 0.99
    return word_ratio(para, cand)


def paragraph_order(exp_paras: Sequence[str], got_paras: Sequence[str]) -> Ratio:
    """Expected paragraphs found in the same relative order in the output.

    Each expected paragraph is mapped to the most similar produced paragraph (containment
    counts, so merged paragraphs still map); the longest increasing run of those positions
    is the part read in the right order.
    """
    positions = []
    for para in exp_paras:
        best, where = 0.0, -1
        for k, cand in enumerate(got_paras):
            r = _paragraph_similarity(para, cand)
            if r > best:
                best, where = r, k
        if best >= PARAGRAPH_MATCH:
            positions.append(where)
    # Several expected paragraphs merged into one produced paragraph keep their order:
    # make equal positions increasing by their rank before taking the LIS.
    ranked = [p * len(exp_paras) + i for i, p in enumerate(positions)]
    return Ratio(_longest_increasing(ranked), len(exp_paras))


def reading_order(expected: Doc, got: Doc) -> Ratio:
    e, g = articles(expected), articles(got)
    match = dict(match_articles(e, g))
    out = Ratio()
    for i, art in enumerate(e):
        paras = text_blocks(art)
        out += (
            paragraph_order(paras, text_blocks(g[match[i]])) if i in match else Ratio(0, len(paras))
        )
    return out


def _jump_key(j: Doc) -> tuple[Any, Any, str]:
    return (j.get("from_page"), j.get("to_page"), clean(j.get("jump_text")))


def jumps_threaded(expected: Doc, got: Doc) -> Ratio:
    """Expected jumps whose article came out as ONE article with the right pages and jump."""
    e, g = articles(expected), articles(got)
    match = dict(match_articles(e, g))
    out = Ratio()
    for i, art in enumerate(e):
        for jump in art.get("jumps") or []:
            ok = False
            if i in match:
                other = g[match[i]]
                ok = list(other.get("pages") or []) == list(art.get("pages") or []) and _jump_key(
                    jump
                ) in {_jump_key(x) for x in other.get("jumps") or []}
            out += Ratio(1 if ok else 0, 1)
    return out


def _teasers(doc: Doc) -> list[tuple[Any, str, Any]]:
    return [
        (page.get("number"), loose(t.get("text")), t.get("target_page"))
        for page in doc.get("pages") or []
        for t in page.get("teasers") or []
    ]


def teasers_found(expected: Doc, got: Doc) -> Ratio:
    """Expected teasers found on the same page with the same target and (fuzzily) the same text."""
    pool = _teasers(got)
    found = 0
    for page, text, target in _teasers(expected):
        hit = next(
            (
                t
                for t in pool
                if t[0] == page and t[2] == target and ratio(t[1], text) >= HEADLINE_MATCH
            ),
            None,
        )
        if hit is not None:
            pool.remove(hit)
            found += 1
    return Ratio(found, len(_teasers(expected)))


# ---------------------------------------------------------------- hyphenation


_WORD = re.compile(r"[^\W\d_]+(?:[-\u00ad\u2010]\s?[^\W\d_]+)*")


def _all_text(doc: Doc) -> str:
    parts = []
    for art in articles(doc):
        parts += [art.get("headline") or "", art.get("deck") or ""]
        for b in art.get("blocks") or []:
            parts += [b.get("text") or "", b.get("caption") or ""]
    return re.sub(r"\s+", " ", " ".join(parts))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def spurious_hyphens(expected: Doc, got: Doc) -> Count:
    """Output words that are an expected unhyphenated word split by a leftover line-end hyphen.

    "develop- ment", "develop-ment" and "develop\u00adment" all count when the expected text
    has "development" and never the hyphenated form.
    """
    exp_words = _words(_all_text(expected))
    plain = {w.lower() for w in exp_words if not re.search(r"[-\u00ad\u2010]", w)}
    hyphenated = {w.lower() for w in exp_words if "-" in w}
    bad = 0
    for w in _words(_all_text(got)):
        if not re.search(r"[-\u00ad\u2010]", w):
            continue
        if w.lower() in hyphenated:
            continue
        joined = re.sub(r"[-\u00ad\u2010]\s?", "", w).lower()
        if joined in plain:
            bad += 1
    return Count(bad)


def compounds_lost(expected: Doc, got: Doc) -> Count:
    """Expected compounds ("high-quality") that came out joined ("highquality")."""
    compounds = {
        w.lower() for w in _words(_all_text(expected)) if re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)+", w)
    }
    joined = {c.replace("-", ""): c for c in compounds}
    got_words = Counter(w.lower() for w in _words(_all_text(got)))
    plain_expected = {w.lower() for w in _words(_all_text(expected)) if "-" not in w}
    return Count(sum(n for w, n in got_words.items() if w in joined and w not in plain_expected))


# ---------------------------------------------------------------- all together


METRICS: dict[str, Callable[[Doc, Doc], Score]] = {
    "metadata": metadata,
    "articles": article_prf,
    "headline_exact": headline_exact,
    "deck": deck_prf,
    "byline": byline_prf,
    "caption": caption_prf,
    "credit": credit_prf,
    "body_similarity": body_similarity,
    "reading_order": reading_order,
    "jumps": jumps_threaded,
    "teasers": teasers_found,
    "spurious_hyphens": spurious_hyphens,
    "compounds_lost": compounds_lost,
}

# Targets for --fail-under: (metric, minimum) for ratios/F1, maximum for counts.
TARGETS: dict[str, float] = {
    "metadata": 1.0,
    "articles": 0.95,
    "headline_exact": 0.95,
    "byline": 0.95,
    "caption": 0.9,
    "reading_order": 0.98,
    "body_similarity": 0.98,
    "jumps": 0.95,
    "spurious_hyphens": 0,
}

EMPTY: Doc = {"issue": {}, "pages": [], "articles": []}


def score_issue(expected: Doc, got: Doc) -> dict[str, Score]:
    return {name: fn(expected, got) for name, fn in METRICS.items()}


def pool(per_issue: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Overall figures: counts summed across issues, so bigger issues weigh more."""
    total: dict[str, Score] = {}
    for scores in per_issue:
        for name, s in scores.items():
            prev = total.get(name)
            total[name] = s if prev is None else prev + s  # type: ignore[operator]
    return total


def failures(scores: dict[str, Score]) -> list[str]:
    """Names of the metrics that miss their target, with the figure and the target."""
    out = []
    for name, target in TARGETS.items():
        s = scores.get(name)
        if s is None:
            continue
        v = headline_value(s)
        if (isinstance(s, Count) and v > target) or (not isinstance(s, Count) and v < target):
            out.append(f"{name} {v:.3f} (target {'<=' if isinstance(s, Count) else '>='} {target})")
    return out


def as_json(scores: dict[str, Score]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, s in scores.items():
        if isinstance(s, PRF):
            out[name] = {
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "tp": s.tp,
                "got": s.got,
                "expected": s.expected,
            }
        elif isinstance(s, Ratio):
            out[name] = {"value": s.value, "num": s.num, "den": s.den}
        else:
            out[name] = {"count": s.n}
    return out
