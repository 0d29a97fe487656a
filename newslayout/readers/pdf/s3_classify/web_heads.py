"""A web address set as a head is a house ad's, not a story's.

Papers promote their own site or app in a small box: a label ("Find us online at:") over
the address set large ("taz.de/tazLeipzig", "www.example.com/app"). By type the address is a
headline, and it would open a story that takes the text under the box. A story's head is
words, never an address on its own: such a block is page furniture.
"""

from __future__ import annotations

import re

from newslayout.readers.pdf.types import TextBlock

#: A whole text that is one web address: an optional scheme or "www.", a dotted host with a
#: top-level domain of letters, an optional path; no spaces.
_WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./%?=&#-]*)?", re.IGNORECASE
)


def is_web_address(block: TextBlock) -> bool:
    """Whether the block's whole text is one web address."""
    return _WEB_ADDRESS.fullmatch(block.text.strip()) is not None
