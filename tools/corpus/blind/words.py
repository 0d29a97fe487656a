"""Invented newspaper text from a seeded generator: names, places, headlines, paragraphs.

Everything is drawn from small built-in word lists with a ``random.Random`` the caller seeds,
so the same seed gives the same words. Names and places are made of invented syllables; the
prose is English-like sentences assembled from templates (no real text is copied). Only
typographic quotes and apostrophes are used, so no engine's smart-quote rules change them.
"""

from __future__ import annotations

import random

_ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "cl",
    "d",
    "dr",
    "f",
    "fl",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "th",
    "tr",
    "v",
    "w",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "oa", "ou", "ie"]
_CODAS = ["n", "r", "l", "s", "th", "ck", "m", "nd", "rd", "rt", "st", "x", "ll", "nn", "ss", "ng"]
_PLACE_ENDS = [
    "by",
    "wick",
    "ford",
    "ton",
    "mere",
    "haven",
    "field",
    "bridge",
    "stead",
    "holm",
    "dale",
    "port",
    "wood",
    "moor",
]
_GIVEN = [
    "Ada",
    "Bram",
    "Cass",
    "Dora",
    "Edda",
    "Finn",
    "Greta",
    "Hale",
    "Ines",
    "Jora",
    "Kai",
    "Lena",
    "Mara",
    "Nils",
    "Orla",
    "Pia",
    "Quin",
    "Rhea",
    "Sami",
    "Tova",
    "Ulla",
    "Vera",
    "Wim",
    "Yara",
    "Zeno",
    "Alva",
    "Bodil",
    "Cato",
    "Dagny",
    "Emil",
    "Frey",
    "Gunn",
    "Hedda",
    "Ivo",
    "Juno",
]

NOUNS = [
    "council",
    "school",
    "bridge",
    "harbour",
    "market",
    "library",
    "clinic",
    "ferry",
    "station",
    "museum",
    "orchard",
    "railway",
    "depot",
    "bakery",
    "theatre",
    "stadium",
    "reservoir",
    "airport",
    "hospital",
    "college",
    "factory",
    "garden",
    "tunnel",
    "shelter",
    "quarry",
    "lighthouse",
    "brewery",
    "archive",
    "pier",
    "canal",
    "mill",
    "workshop",
]
PEOPLE = [
    "residents",
    "teachers",
    "nurses",
    "farmers",
    "traders",
    "engineers",
    "volunteers",
    "students",
    "councillors",
    "drivers",
    "fishermen",
    "pupils",
    "neighbours",
    "parents",
    "builders",
    "officials",
    "inspectors",
    "planners",
]
VERBS_PAST = [
    "approved",
    "rejected",
    "delayed",
    "opened",
    "closed",
    "repaired",
    "funded",
    "reviewed",
    "expanded",
    "restored",
    "moved",
    "questioned",
    "welcomed",
    "postponed",
    "inspected",
    "rebuilt",
    "announced",
]
VERBS_NOW = [
    "plan",
    "to",
    "rebuild",
    "vote",
    "on",
    "seek",
    "funds",
    "for",
    "push",
    "to",
    "reopen",
    "warn",
    "over",
    "prepare",
    "to",
    "close",
    "agree",
    "to",
    "extend",
    "call",
    "for",
    "a",
    "review",
    "of",
    "hope",
    "to",
    "save",
]
ADJ = [
    "new",
    "old",
    "northern",
    "eastern",
    "small",
    "busy",
    "long-awaited",
    "quiet",
    "costly",
    "temporary",
    "early",
    "late",
    "crowded",
    "modest",
    "local",
    "regional",
    "full-time",
    "larger",
    "narrow",
    "public",
    "private",
]
TIMES = [
    "on Monday",
    "on Tuesday",
    "last week",
    "this spring",
    "after a long wait",
    "by the end of the year",
    "within weeks",
    "before the winter",
    "on Saturday morning",
    "late on Thursday",
]
REASONS = [
    "because of rising costs",
    "after a survey found damp in the walls",
    "as passenger numbers keep growing",
    "following a public meeting",
    "while the old building is repaired",
    "after years of complaints",
    "to make room for a second platform",
    "so that the work can start in May",
]
QUOTES = [
    "We have waited a long time for this",
    "It is not the end of the matter",
    "Nobody here wants to see it go",
    "The numbers simply do not add up",
    "We will keep the doors open for as long as we can",
    "It is a good day for the whole valley",
    "People deserve a straight answer",
]
ROLES_SAID = ["said", "told reporters", "added", "explained", "said on Friday"]
JOBS = [
    "a spokesperson for the council",
    "the head teacher",
    "a local trader",
    "the site manager",
    "a retired engineer",
    "the chair of the residents’ group",
    "a volunteer",
]
SECTIONS = [
    "News",
    "Sport",
    "Business",
    "Opinion",
    "Culture",
    "Weather",
    "Science",
    "Travel",
    "Letters",
    "Obituaries",
    "Arts",
    "Puzzles",
    "Television",
    "Property",
    "Health",
    "Education",
]
KICKERS = [
    "CITY HALL",
    "TRANSPORT",
    "EDUCATION",
    "HEALTH",
    "BUSINESS",
    "SPORT",
    "COURTS",
    "WEATHER",
    "ENVIRONMENT",
    "ANALYSIS",
    "CULTURE",
    "SCIENCE",
    "HOUSING",
    "FARMING",
    "THE ECONOMY",
]


def word(rng: random.Random, syllables: int = 2) -> str:
    out = ""
    for _ in range(syllables):
        out += rng.choice(_ONSETS) + rng.choice(_VOWELS)
    return out + rng.choice(_CODAS)


def surname(rng: random.Random) -> str:
    return word(rng, rng.choice((1, 2))).capitalize()


def person(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {surname(rng)}"


def place(rng: random.Random) -> str:
    return (word(rng, 1) + rng.choice(_PLACE_ENDS)).capitalize()


def publication(rng: random.Random) -> str:
    kind = rng.choice(
        ("Courier", "Gazette", "Herald", "Chronicle", "Post", "Mercury", "Tribune", "Echo")
    )
    return f"The {place(rng)} {kind}" if rng.random() < 0.5 else f"{place(rng)} {kind}"


def headline(rng: random.Random, where: str) -> str:
    forms = (
        lambda: (
            f"{where} {rng.choice(NOUNS)} {rng.choice(VERBS_PAST[:9])} after "
            f"{rng.choice(ADJ)} {rng.choice(('vote', 'review', 'delay', 'inquiry', 'survey'))}"
        ),
        lambda: (
            f"{rng.choice(PEOPLE).capitalize()} {rng.choice(VERBS_NOW)} "
            f"{rng.choice(ADJ)} {rng.choice(NOUNS)}"
        ),
        lambda: f"{rng.choice(ADJ).capitalize()} {rng.choice(NOUNS)} for {where}",
        lambda: (
            f"{where} {rng.choice(NOUNS)} to {rng.choice(('close', 'reopen', 'expand'))} "
            f"{rng.choice(TIMES[2:])}"
        ),
    )
    return rng.choice(forms)()


def short_head(rng: random.Random) -> str:
    return f"{rng.choice(ADJ).capitalize()} {rng.choice(NOUNS)} {rng.choice(VERBS_PAST)}"


def deck(rng: random.Random, where: str) -> str:
    return (
        f"{rng.choice(PEOPLE).capitalize()} in {where} say the {rng.choice(NOUNS)} "
        f"was {rng.choice(VERBS_PAST)} {rng.choice(REASONS)}"
    )


def sentence(rng: random.Random, where: str) -> str:
    n = rng.randint(2, 900)
    forms = (
        lambda: (
            f"The {rng.choice(ADJ)} {rng.choice(NOUNS)} in {where} was "
            f"{rng.choice(VERBS_PAST)} {rng.choice(TIMES)} {rng.choice(REASONS)}."
        ),
        lambda: (
            f"About {n} {rng.choice(PEOPLE)} {rng.choice(VERBS_NOW)} the "
            f"{rng.choice(NOUNS)}, and the {rng.choice(NOUNS)} will follow {rng.choice(TIMES)}."
        ),
        lambda: (
            f"“{rng.choice(QUOTES)},” {rng.choice(ROLES_SAID)} {person(rng)}, {rng.choice(JOBS)}."
        ),
        lambda: (
            f"{rng.choice(PEOPLE).capitalize()} from {place(rng)} and {place(rng)} "
            f"{rng.choice(VERBS_PAST)} the {rng.choice(ADJ)} plan {rng.choice(TIMES)}."
        ),
        lambda: (
            f"The cost has risen to {n}{rng.choice((',000', ' million', ''))} "
            f"{rng.choice(('pounds', 'euros', 'crowns'))} {rng.choice(REASONS)}."
        ),
        lambda: (
            f"Work on the {rng.choice(NOUNS)} {rng.choice(('began', 'stopped', 'resumed'))} "
            f"{rng.choice(TIMES)}, {rng.choice(JOBS)} {rng.choice(ROLES_SAID)}."
        ),
    )
    return rng.choice(forms)()


def paragraph(rng: random.Random, where: str, sentences: int) -> str:
    return " ".join(sentence(rng, where) for _ in range(sentences))


def words_in(text: str) -> int:
    return len(text.split())


def body(rng: random.Random, where: str, words: int) -> list[str]:
    """Paragraphs of 1-4 sentences adding up to about ``words`` words (at least one)."""
    out: list[str] = []
    total = 0
    while total < words or not out:
        para = paragraph(rng, where, rng.randint(1, 4))
        out.append(para)
        total += words_in(para)
    return out
