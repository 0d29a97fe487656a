"""De-hyphenation: is a line-end "emerg-" + "ing" a broken word or a real compound?

Typesetters break words at line ends with a hyphen, and compounds ("high-quality") carry a
hyphen of their own; once the line is gone the two look the same. The decision uses evidence
in this order (first that speaks wins):

1. digits in either half ("COVID-" + "19") -> keep the hyphen;
2. a capitalised right half after a lower-case left half ("mid-" + "March"), a capitalised
   word after an abbreviation ("US-" + "Amerikaner"), or a single capital letter on the left
   ("T-" + "shirt") -> keep;
3. the issue's own usage: the hyphenated form seen mid-line -> keep; the joined form -> join;
3a. in an issue not in English (``language``), nothing below applies: join;
3b. a name broken at a line end: a capitalised left half ("Rail-", "So-"; in German any noun)
   with a lower-case right half of 3+ letters that is no word ("Bundes-" + "regierung",
   "So-" + "reann") or a place-name element ("Rail-" + "ford", "Drier-" + "port") -> join
   (a compound after a name keeps a word on the right: "Paris-based", "Covid-related");
4. numbers written out ("twenty-" + "five"), and a prefix before the same vowel ("re-" +
   "elected") -> keep;
5. the word list: the joined form is a word -> join ("develop-" + "ment", "e-" + "mail");
5b. a name before a compound's word: a capitalised left half of 3+ letters that is no word,
   printed on its own elsewhere in the issue or followed by a participle ("Paris-" +
   "based", "Covid-" + "related", "Kremlin-" + "backed") -> keep;
6. a right half that heads closed compounds in newspaper usage ("-holders", "-keeper",
   "-men") after a left half of 3+ letters that is no keep prefix -> join ("stall-" +
   "holders", "ferry-" + "men": the word list lacks many such compounds);
6b. the joined form is in the closed-compound supplement (rarer dictionary compounds such as
   "time" + "out", "book" + "binder" that the compact list lacks), the left half is no keep
   prefix and the right half no participle or particle ("hard-" + "working", "man-" +
   "made", "warm-" + "up": compound modifiers and phrasal nouns, which newspapers hyphenate
   however a dictionary spells them) -> join;
7. both halves are words (or the left half a compounding prefix such as "sci-", "non-",
   "self-") but the joined form is not -> keep ("low-" + "carbon", "sci-" + "tech");
8. a left half that is a word, where pyphen's hyphenation patterns forbid a break -> keep;
9. otherwise join (most line-end hyphens in typeset text are breaks).
"""

from __future__ import annotations

import collections
import functools
import gzip
import importlib.resources
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import pyphen

from newslayout.cues.wordlist import english_words, is_english_word

SOFT_HYPHEN = "\u00ad"
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen

_LETTER = r"[^\W\d_]"
#: A word that may contain inner hyphens ("high-quality", "sign-board").
_WORD = re.compile(rf"{_LETTER}+(?:[{_HYPHENS}]{_LETTER}+)*")
#: "high- quality" inside a line: a word, a hyphen, ONE space, a lower-case word.
_SPACED = re.compile(rf"({_LETTER}+)[{_HYPHENS}] ({_LETTER}+)")
_LEFT_WORD = re.compile(rf"({_LETTER}*\d*{_LETTER}*)[{_HYPHENS}{SOFT_HYPHEN}]$")
_RIGHT_WORD = re.compile(r"^\w+")
#: A lower-case word with no hyphen, not touching one (for :meth:`Dehyphenator.repair_joined`).
_PLAIN_WORD = re.compile(rf"(?<![{_HYPHENS}\w])[a-z]{{6,40}}(?![{_HYPHENS}\w])")

NUMBER_WORDS: frozenset[str] = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
UNIT_WORDS: frozenset[str] = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first",
     "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)  # fmt: skip
#: Prefixes that keep their hyphen in newspaper usage whatever the right half is.
KEEP_PREFIXES: frozenset[str] = frozenset(
    {"self", "ex", "all", "sci", "hi", "half", "well", "mid", "quasi", "cross", "non", "pro",
     "anti", "semi", "multi", "long", "short", "full", "part", "year", "state", "world",
     "high", "low", "top", "cut", "far", "near", "so", "e"}
)  # fmt: skip
#: Right halves that head closed compounds ("stallholder", "shopkeeper", "ferrymen"); a
#: line-end break before them is a break, even where the word list lacks the compound.
CLOSED_HEADS: frozenset[str] = frozenset(
    {"holder", "holders", "keeper", "keepers", "man", "men", "woman", "women"}
)
#: Package data: closed compounds of two listed words that only the larger SCOWL lists know.
COMPOUNDS_RESOURCE = "words-en-compounds.txt.gz"
#: Irregular participles that head compound modifiers ("man-made", "home-grown").
_PARTICIPLES = frozenset(
    {"made", "born", "built", "worn", "grown", "known", "drawn", "torn", "run", "hit", "lit"}
)
#: Closing elements of place names ("Bradford", "Cambridge", "Portsmouth"): after a capitalised
#: left half they end a name broken at a line end, not a compound.
PLACE_ELEMENTS: frozenset[str] = frozenset(
    {"ford", "wick", "dale", "haven", "wood", "bridge", "stead", "moor", "field", "port",
     "mouth", "ton", "by", "ham", "bury", "borough", "burgh", "ville", "holm", "mere",
     "worth", "ley", "town", "land"}
)  # fmt: skip
#: Prefixes that open compounds at a sentence start ("Post-" + "covid", "Eco-" + "warriors").
_NAME_PREFIXES: frozenset[str] = frozenset(
    {"post", "pre", "neo", "co", "re", "de", "un", "sub", "inter", "over", "under", "ultra",
     "mega", "micro", "mini", "eco", "euro", "bio", "geo", "pan", "counter", "super", "hyper",
     "vice", "trans", "tri", "bi", "out", "up", "off", "after", "pro", "ex", "hi", "e"}
)  # fmt: skip
#: Prefixes whose hyphen stays before the same vowel ("re-elect", "co-owner").
DOUBLED_VOWEL_PREFIXES: frozenset[str] = frozenset({"re", "pre", "co", "de", "anti", "semi"})
#: Right halves after which a spaced hyphen is a suspended compound ("pre- and post-war").
_SUSPENDED = frozenset({"and", "or", "to", "nor", "und", "but", "than"})


@functools.cache
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


def _legal_break(joined: str, at: int) -> bool:
    """True when the hyphenation patterns allow a break of ``joined`` after ``at`` letters."""
    try:
        return at in _pyphen().positions(joined.lower())
    except (KeyError, ValueError):  # pragma: no cover - a missing dictionary
        return False


@functools.cache
def closed_compounds() -> frozenset[str]:
    """The packaged closed-compound supplement; empty when the resource is not shipped."""
    resource = importlib.resources.files("newslayout").joinpath("data", COMPOUNDS_RESOURCE)
    if not resource.is_file():
        return frozenset()
    return frozenset(gzip.decompress(resource.read_bytes()).decode("ascii").split())


def _broken_name(left: str, right: str) -> bool:
    """True for a capitalised word broken at a line end ("Rail-" + "ford", "So-" + "reann").

    A compound after a capitalised word keeps a word on its right ("Paris-based", "Long-
    awaited"), so the right half must be no word, or a place-name element; a keep prefix of
    three or more letters at a sentence start ("Anti-" + "vax") stays a compound.
    """
    if len(left) < 2 or not (left[0].isupper() and left[1:].islower()):
        return False
    if not right.isalpha() or not right.islower():
        return False
    if right in PLACE_ELEMENTS:
        return True
    if len(right) < 3 or is_english_word(right):
        return False
    low = left.lower()
    return low not in _NAME_PREFIXES and (len(left) <= 2 or low not in KEEP_PREFIXES)


#: The shortest capitalised left half a name compound is read after ("Paris-", "Covid-"):
#: shorter capitalised fragments ("Ep-", "Mo-") are mostly a name's first syllable.
NAME_COMPOUND_LEFT = 3
#: The shortest "-ed" right half that marks a compound modifier after a name with no other
#: evidence ("-based", "-backed", "-owned"): shorter ones ("-med", "-ted") end names.
NAME_MODIFIER_RIGHT = 5


def _name_compound(left: str, right: str, *, seen_alone: bool) -> bool:
    """True for a compound after a name broken at its hyphen ("Paris-" + "based", "Covid-" +
    "related", "Obama-" + "era"): a capitalised left half that is no dictionary word (a
    name) and a lower-case dictionary word on the right.

    A name broken at a line end leaves a fragment on the left ("Dres-" + "den", "Dar-" +
    "ling"), and fragments are rarely words; so the name must be printed on its own elsewhere
    in the issue (``seen_alone``), or the right half must be a participle that makes
    compound modifiers ("-based", "-owned", "-born", "-made").
    """
    if len(left) < NAME_COMPOUND_LEFT or not (left[0].isupper() and left[1:].islower()):
        return False
    if not right.isalpha() or not right.islower() or len(right) < NAME_COMPOUND_LEFT:
        return False
    if is_english_word(left.lower()) or not is_english_word(right):
        return False
    participle = right in _PARTICIPLES or (
        right.endswith("ed") and len(right) >= NAME_MODIFIER_RIGHT
    )
    return seen_alone or participle


def _heads_modifier(right: str) -> bool:
    """True for a right half that makes a compound modifier or phrasal noun ("-working",
    "-made", "-up"): newspapers keep those hyphens even where a dictionary closes them."""
    return len(right) <= 2 or right.endswith(("ing", "ed", "en")) or right in _PARTICIPLES


class Dehyphenator:
    """Decides line-end hyphen breaks with the evidence of one issue's text."""

    def __init__(
        self,
        hyphenated: Iterable[str] = (),
        joined: Iterable[str] = (),
        *,
        compounds: frozenset[str] | None = None,
        language: str = "en",
    ) -> None:
        """``hyphenated``: compounds seen mid-line ("high-quality"); ``joined``: words seen;
        ``compounds``: closed compounds beyond the word list (default: the packaged ones);
        ``language``: the issue's (ISO 639-1); the word-list rules are English ones."""
        self._hyphenated = collections.Counter(w.lower() for w in hyphenated)
        self._joined = collections.Counter(w.lower() for w in joined)
        self._compounds_extra = closed_compounds() if compounds is None else compounds
        self._compound_map: dict[str, str] | None = None
        self.language = language

    @property
    def english(self) -> bool:
        """Whether the English word-list rules apply (an issue in English, or of unknown
        language: the default)."""
        return self.language.split("-")[0].lower() in ("en", "")

    @classmethod
    def from_texts(cls, texts: Iterable[str], language: str = "en") -> Dehyphenator:
        """Collect evidence from the issue's texts.

        Only hyphens with a letter on both sides count as usage; a hyphen at a line end or
        before a space ("sign-\\nboard", "high- quality") is exactly what is being decided.
        """
        hyphenated: list[str] = []
        joined: list[str] = []
        for text in texts:
            for match in _WORD.finditer(text.replace(SOFT_HYPHEN, "")):
                word = match.group(0)
                end = match.end()
                if end < len(text) and text[end] in _HYPHENS:
                    continue  # "sign-" at a line end: the open question, not evidence
                if any(h in word for h in _HYPHENS):
                    hyphenated.append(word)
                else:
                    joined.append(word)
        return cls(hyphenated, joined, language=language)

    def keep_hyphen(self, left: str, right: str) -> bool:
        """True when ``left``-``right`` is a compound (hyphen kept), False for a broken word.

        ``left`` and ``right`` are the two halves without the hyphen ("emerg", "ing").
        """
        if not left or not right:
            return True
        if any(c.isdigit() for c in left + right):
            return True
        if right[0].isupper() and not left.isupper():
            return True
        if left.isupper() and len(right) > 1 and right[0].isupper() and right[1:].islower():
            return True  # an abbreviation before a noun: "US-" + "Amerikaner", "SPD-" + "Chef"
        if len(left) == 1 and left.isupper():
            return True  # "A-level", "T-shirt", "X-ray", "U-turn"
        low_left, low_right = left.lower(), right.lower()
        joined = low_left + low_right
        seen_hyphen = self._hyphenated[f"{low_left}-{low_right}"]
        seen_joined = self._joined[joined]
        if seen_hyphen or seen_joined:
            return seen_hyphen >= seen_joined
        if not self.english:
            # The word list and the English compounding habits below say nothing of another
            # language; there a line-end hyphen the usage does not claim is a break
            # (German "be-" + "kommen", "Pro-" + "zent"; compounds of nouns keep a capital on
            # the right, rule 2).
            return False
        if _broken_name(left, right):
            return False
        if low_left in NUMBER_WORDS and low_right in UNIT_WORDS:
            return True
        if low_left in DOUBLED_VOWEL_PREFIXES and low_left[-1] == low_right[0]:
            return True  # "re-elected", "pre-empt", "anti-inflation": style keeps the hyphen
        if is_english_word(joined):
            return False
        if _name_compound(left, right, seen_alone=self._joined[low_left] > 0):
            return True
        if low_right in CLOSED_HEADS and len(low_left) >= 3 and low_left not in KEEP_PREFIXES:
            return False
        extra = joined in self._compounds_extra and low_left not in KEEP_PREFIXES
        if extra and not _heads_modifier(low_right):
            return False
        left_is_word = low_left in KEEP_PREFIXES or (
            len(low_left) >= 2 and is_english_word(low_left)
        )
        if left_is_word and len(low_right) >= 2 and is_english_word(low_right):
            return True
        # A break the hyphenation patterns forbid, after a real word, marks a compound.
        return left_is_word and not _legal_break(joined, len(low_left))

    def join(self, left: str, right: str) -> str:
        """Join a line that ends in ``left`` with the next line ``right``.

        A soft hyphen is always a break; a hard hyphen is kept or dropped by
        :meth:`keep_hyphen`; with no hyphen at all the lines meet with one space.
        """
        left = left.rstrip()
        right = right.lstrip()
        if left.endswith(SOFT_HYPHEN):
            return left[:-1] + right
        if len(left) >= 2 and left[-2] == SOFT_HYPHEN and left[-1] in _HYPHENS:
            return left[:-2] + right  # Chromium prints a soft hyphen plus a visible one
        if not left or left[-1] not in _HYPHENS:
            return f"{left} {right}" if left and right else left + right
        if len(left) >= 2 and left[-2] in _HYPHENS + " ":
            return left + right  # a dash ("--") or a lone hyphen, not a word break
        left_match = _LEFT_WORD.search(left)
        right_match = _RIGHT_WORD.match(right)
        if left_match is None or right_match is None or not left_match.group(1):
            return left + right
        if self.keep_hyphen(left_match.group(1), right_match.group(0)):
            return left + right
        return left[:-1] + right

    def restore_compound(self, word: str) -> str:
        """A compound whose hyphen an extractor dropped at a line end ("highquality").

        pdftotext joins "high-" + "quality" into "highquality". The hyphen comes back when
        the issue prints the hyphenated form elsewhere, or when the word is not a word but a
        keep-prefix ("high", "well", "non"...) plus a word. Anything else is left alone.
        """
        low = word.lower()
        if not self.english or len(low) < 6 or not low.isalpha() or not word[:1].islower():
            return word
        seen = self._compounds().get(low)
        if seen is not None and seen.count("-") == 1:
            return word[: seen.index("-")] + "-" + word[seen.index("-") :]
        if is_english_word(low) or self._joined.get(low, 0) > 1:
            return word
        for cut in range(3, len(low) - 2):
            left, right = low[:cut], low[cut:]
            if left in KEEP_PREFIXES and is_english_word(right):
                return f"{word[:cut]}-{word[cut:]}"
        return word

    def _compounds(self) -> dict[str, str]:
        """Hyphenated forms seen mid-line, by their letters without hyphens."""
        cached = self._compound_map
        if cached is None:
            cached = {}
            for form in self._hyphenated:
                normal = re.sub(f"[{_HYPHENS}]", "-", form)
                cached.setdefault(normal.replace("-", ""), normal)
            self._compound_map = cached
        return cached

    def repair_joined(self, text: str) -> str:
        """:meth:`restore_compound` on every lower-case word of ``text``."""
        if len(text) > 100_000:
            return text
        return _PLAIN_WORD.sub(lambda m: self.restore_compound(m.group(0)), text)

    def repair_spaced(self, text: str) -> str:
        """Repair "high- quality" inside a line and drop soft hyphens.

        Text extractions often join a hyphen-broken line with a space; the same evidence as
        :meth:`join` decides between "high-quality" and "emerging". A suspended compound
        ("pre- and post-war") is left alone.
        """
        text = text.replace(SOFT_HYPHEN, "")
        if "- " not in text and "\u2010 " not in text and "\u2011 " not in text:
            return text

        def fix(match: re.Match[str]) -> str:
            left, right = match.group(1), match.group(2)
            if right.lower() in _SUSPENDED:
                return match.group(0)
            if self.keep_hyphen(left, right):
                return f"{left}-{right}"
            return left + right

        return _SPACED.sub(fix, text)


def remove_soft_hyphens(text: str) -> str:
    """The text without soft hyphens (U+00AD), which only mark possible breaks."""
    return text.replace(SOFT_HYPHEN, "")


def build_compounds(sources: Iterable[Path], target: Path) -> int:
    """Write the closed-compound supplement from larger plain word lists; returns its size.

    Kept: all-letter lower-case words that the compact list does not know but that split
    into two listed words of 3+ letters ("timeout" = "time" + "out"); only such words can
    decide a line-end break between two words, so the rest of the larger lists stays out.
    """
    small = english_words()
    found: set[str] = set()
    for source in sources:
        for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if not re.fullmatch(r"[a-z]{6,}", word) or is_english_word(word):
                continue
            if any(word[:i] in small and word[i:] in small for i in range(3, len(word) - 2)):
                found.add(word)
    data = "\n".join(sorted(found)).encode("ascii") + b"\n"
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return len(found)


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    out = Path(sys.argv[1])
    print(f"{out}: {build_compounds([Path(a) for a in sys.argv[2:]], out)} compounds")
