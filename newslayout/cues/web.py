"""Web addresses in printed text: "www.freepressjournal.in", "taz.de/leipzig",
"https://paper.org/subscribe". One pattern for every rule that asks (a web address set as a
head, a dated running strip that names the paper's site)."""

from __future__ import annotations

import re

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
