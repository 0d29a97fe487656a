"""Textual cues shared by the PDF and text readers: pure functions on strings, no I/O.

Each submodule recognises one kind of newspaper apparatus from its wording alone (bylines,
masthead lines, jump lines and teaser pointers, photo credits, line-end hyphens, names). The
readers add the evidence only they have (fonts, positions, blank lines) and decide.

No cue module declares diagnostic codes: cues do not report, their callers do.
"""

from __future__ import annotations

from newslayout.cues.bylines import (
    DashAttribution,
    is_byline,
    opens_with_and,
    parse_byline,
    parse_dash_attribution,
    parse_end_byline,
    parse_job_title,
    parse_signature,
)
from newslayout.cues.credits import parse_credit_line, split_credit
from newslayout.cues.hyphenation import Dehyphenator, remove_soft_hyphens
from newslayout.cues.jumps import JumpCue, parse_jump, parse_teaser_pointer, split_teaser
from newslayout.cues.kickers import split_kicker, strip_separator
from newslayout.cues.masthead import (
    DateCue,
    FolioCue,
    parse_copyright_holder,
    parse_date,
    parse_dated_row,
    parse_edition,
    parse_folio,
    parse_issue_number,
    parse_volume_alone,
    parse_volume_number,
)
from newslayout.cues.names import NameParts, looks_like_name, split_name

__all__ = [
    "DashAttribution",
    "DateCue",
    "Dehyphenator",
    "FolioCue",
    "JumpCue",
    "NameParts",
    "is_byline",
    "looks_like_name",
    "opens_with_and",
    "parse_byline",
    "parse_copyright_holder",
    "parse_credit_line",
    "parse_dash_attribution",
    "parse_date",
    "parse_dated_row",
    "parse_edition",
    "parse_end_byline",
    "parse_folio",
    "parse_issue_number",
    "parse_job_title",
    "parse_jump",
    "parse_signature",
    "parse_teaser_pointer",
    "parse_volume_alone",
    "parse_volume_number",
    "remove_soft_hyphens",
    "split_credit",
    "split_kicker",
    "split_name",
    "split_teaser",
    "strip_separator",
]
