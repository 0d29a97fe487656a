"""Web addresses in printed text: "www.freepressjournal.in", "taz.de/leipzig",
"https://paper.org/subscribe". One pattern for every rule that asks (a web address set as a
head, a dated running strip that names the paper's site)."""

from __future__ import annotations

import re

from newslayout.cues.wordlist import is_english_word

#: An optional scheme or "www.", a dotted host with a top-level domain of letters, an
#: optional path; no spaces.
WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./%?=&#-]*)?", re.IGNORECASE
)


def is_web_address(text: str) -> bool:
    """Whether the whole text is one web address."""
    return WEB_ADDRESS.fullmatch(text.strip()) is not None


def without_web_addresses(text: str) -> str:
    """The text with every web address in it blanked (a space each)."""
    return WEB_ADDRESS.sub(" ", text)


#: A site name must split into at least this many dictionary words to name the paper: one
#: word ("mail", "news") is as likely a service's host as a paper's.
SITE_NAME_WORDS = 2
#: Pieces of a site name are words of at least this many letters ("the" and "la" count, a
#: stray "e" or "a" does not).
SITE_WORD_LETTERS = 2


def site_name(text: str) -> str | None:
    """The paper a printed web address names, from its host's words: "www.freepressjournal.in"
    gives "Free Press Journal", "epaper.thetimes.co.uk" "The Times"; None when the text holds
    no address or its host is no run of dictionary words ("nytimes.com", "taz.de").

    A front page whose nameplate is drawn as art or set in a picture still prints its site in
    the dateline strip or the footer; the host's longest label (not the top-level domain) is
    the paper's name set solid, split into the fewest dictionary words.
    """
    match = WEB_ADDRESS.search(text)
    if match is None:
        return None
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", match.group(0), flags=re.I).split("/")[0]
    labels = host.lower().split(".")[:-1]
    if not labels:
        return None
    words = _split_words(max(labels, key=len))
    if words is None or len(words) < SITE_NAME_WORDS:
        return None
    return " ".join(w.capitalize() for w in words)


def _split_words(solid: str) -> list[str] | None:
    """``solid`` split into the fewest dictionary words, or None."""
    if not solid.isalpha():
        return None
    best: list[list[str] | None] = [[]] + [None] * len(solid)
    for end in range(1, len(solid) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end - SITE_WORD_LETTERS + 1):
            head = best[start]
            piece = solid[start:end]
            if head is None or not is_english_word(piece):
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = [*head, piece]
    return best[-1]


#: No dictionary word in a site name is longer (bounds the split's search).
_LONGEST_WORD = 24
