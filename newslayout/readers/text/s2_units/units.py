"""Text -> pages -> units: the smallest pieces the classifier looks at.

Pages are separated by form feeds; blocks by blank lines (``pages`` puts them together).
Inside a block, a line that carries a strong cue on its own (a byline, a jump line, a page
pointer, a credit, a volume or date line) becomes a unit by itself, and the remaining runs
of lines are cut into paragraphs: in hard-wrapped text a paragraph ends at a short line
that ends a sentence; in unwrapped text every line is a paragraph. Units keep their source
line numbers for provenance.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newslayout.cues import (
    parse_byline,
    parse_credit_line,
    parse_dash_attribution,
    parse_date,
    parse_end_byline,
    parse_issue_number,
    parse_jump,
    parse_teaser_pointer,
    parse_volume_number,
    split_credit,
    split_teaser,
)
from newslayout.cues.masthead import parse_edition
from newslayout.cues.names import is_desk
from newslayout.cues.sentences import ends_sentence as ends_sentence  # the one cue, re-exported
from newslayout.readers.text.types import NumberedLine

#: Lines longer than this are unwrapped paragraphs, never hard-wrapped column lines.
WRAPPED_MAX = 110
#: A hard-wrapped line shorter than this share of the block's longest line may end a paragraph.
SHORT_LINE_SHARE = 0.8
#: A line within this share of the block's median length fills its column.
FULL_LINE_SLACK = 0.1
#: Longest line (in words) that can be a title (headline, subhead, kicker).
TITLE_MAX_WORDS = 16
#: Longest line (in words) right above a byline that can be a deck: set small across a wide
#: header, a deck holds more words on one line than any title.
DECK_MAX_WORDS = 45

#: Punctuation closing a quotation and more words after it: reported speech.
_SPEECH = re.compile(r"[,.!?][”\"’]\s+\w|(?<=[a-z]{3})[.!?]\s+[A-Z]")
_YEAR = re.compile(r"\d{4}")
#: A dateline opening a story's first paragraph: "MARLOW — The", "SALTMERE, March 3 — The".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? [—–] \S"
)
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
     "but", "as", "that", "than", "into", "over", "under", "his", "her", "their", "its", "our",
     "your", "my", "is", "are", "was", "were", "be", "been", "where", "which", "who", "whose",
     "when", "while", "because", "if", "not", "will", "would", "can", "could", "has", "have",
     "had", "said", "says", "about", "after", "before", "between", "through", "during",
     "until", "since", "against", "without", "within", "upon", "among", "toward", "towards",
     "so", "nor", "yet", "per", "via"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Unit:
    """A run of source lines read as one piece: ``first``/``last`` are 1-based line numbers."""

    lines: tuple[str, ...]
    page: int
    first: int
    last: int
    block: int
    #: What the line shape already said the unit is ("" when nothing): see ``barheads``.
    role: str = ""

    @property
    def text(self) -> str:
        """The lines joined with single spaces (no de-hyphenation; for classification)."""
        return " ".join(" ".join(line.split()) for line in self.lines)


def opens_with_dateline(text: str) -> bool:
    """A story's first paragraph: it opens with a dateline ("MARLOW — The council ...")."""
    return _DATELINE.match(text) is not None


def ends_open(text: str) -> bool:
    """True when ``text`` stops mid-sentence: no final punctuation, or a hyphen."""
    stripped = text.rstrip()
    return bool(stripped) and (stripped.endswith("-") or not ends_sentence(stripped))


def ends_with_signature(text: str) -> bool:
    """The text ends with a letter's signature after a sentence end ("... Thank you. —
    Marguerite Anand, Cliff Road")."""
    head, dash, tail = text[-80:].rpartition("—")
    return bool(dash) and ends_sentence(head.rstrip()) and is_signature(f"— {tail.strip()}")


#: A page is an unwrapped extraction (one paragraph per line, as a copy from a reader or a
#: hand-made extraction) when this share of its text lines are longer than ``WRAPPED_MAX``.
UNWRAPPED_SHARE = 0.25
_GAP = re.compile(r"\S {3,}\S")


def is_unwrapped(lines: list[str]) -> bool:
    """One paragraph per line: the extraction keeps the reading order of the page (no
    column was cut into lines and interleaved with its neighbour), so text after a header
    belongs to that header's story."""
    text = [x for x in lines if x.strip()]
    long = [x for x in text if len(x.strip()) > WRAPPED_MAX and not _GAP.search(x.strip())]
    return len(long) >= 3 and len(long) >= UNWRAPPED_SHARE * len(text)


def missing_full_stop(before: str, after: str) -> bool:
    """In unwrapped text, a paragraph that stops on a lower-case word (not a function word,
    no comma or hyphen) followed by one that opens with a capital is a paragraph whose full
    stop was lost ("... high- quality development" / "At the opening ceremony, ..."), not a
    sentence cut at a column end: those go on in lower case, after a function word, or with
    a name ("Vice Premier" / "Ding Xuexiang")."""
    words = before.split()
    first = after.lstrip("“\"'‘(")[:1]
    if not words or not first.isupper() or last_word_is_function_word(before):
        return False
    last = words[-1]
    return last.isalpha() and last.islower()


#: A pronoun before a final verb closes a clause ("Keep the fare where it is"), so the
#: verb is no function word left hanging at a line end.
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "you", "i", "there", "that", "this"})
_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})


def is_signature(line: str) -> bool:
    """A letter's signature: a dash, a name and where the writer lives ("— Oona Pryce,
    Quay Street"); it ends the letter's paragraph and stays in it."""
    found = parse_dash_attribution(line) if line.lstrip()[:1] in "—–-" else None
    return found is not None and found.tail_kind == "place"


def last_word_is_function_word(text: str) -> bool:
    words = text.split()
    if not words or words[-1].lower().strip(",") not in _FUNCTION_WORDS:
        return False
    last = words[-1].lower()
    return not (last in _VERBS and len(words) >= 2 and words[-2].lower() in _PRONOUNS)


def is_title(text: str) -> bool:
    """A short line that could be a headline, subhead, kicker or deck: no final full stop."""
    words = text.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(text) > 150:
        return False
    first = text.lstrip("“\"'‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if _DATELINE.match(text):
        return False  # the opening of a story's first paragraph, cut at a column end
    if not any(c.isalpha() for c in text):
        return False
    core = re.sub(r"\s*\([^()]{1,40}\)$", "", text).rstrip()  # "(Full Text)" stays allowed
    if _SPEECH.search(core):
        return False  # '“We reefed early,” said Ana': reported speech, not a title
    if not core or core[-1] in ".,;:-—–" or last_word_is_function_word(core):
        return False
    return not core.endswith(("”", '"')) or core.startswith(("“", '"'))


#: A byline naming no one: "Staff reporter", "By the Sentinel weather desk", "From staff
#: reports". It ends a header like a byline (and gives the article no contributor).
_ANONYMOUS_BYLINE = re.compile(
    r"(?:(?:by|from)\s+(?:(?:our|a|the)\s+)?(?:staff(?:\s+reports)?|agencies|wire\s+services)"
    r"|(?:by\s+)?(?:(?:our|a)\s+)?staff\s+(?:reporters?|writers?|reports?|and\s+agencies)"
    r"|(?:by\s+)?the\s+(?:[\w’'-]+\s+){1,3}(?:desk|staff|team|newsroom))",
    re.IGNORECASE,
)


#: A staff or desk byline under the paper's or a desk's name: "Harbor Ledger staff", "By
#: Sentinel Staff", "Metro desk", "From our correspondent", "By our Paris correspondent".
#: Case matters: without "By", "staff"/"desk" must be in lower case after capitalised words,
#: so a headline ("Hospital cuts staff", "Council Cuts Staff") is never one.
_STAFF_BYLINE = re.compile(
    r"(?:[Bb]y\s+(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}(?:[Ss]taff|STAFF|[Dd]esk|DESK)"
    r"|(?:[A-Z][\w’'&.-]*\s+){1,4}(?:staff|desk|newsroom)"
    r"|(?:[Ff]rom\s+|[Bb]y\s+)?[Oo]ur\s+(?:own\s+)?(?:[A-Z]?[\w-]+\s+)?correspondents?"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)"
)


def is_anonymous_byline(text: str) -> bool:
    """A credit line in a byline's place that names no one."""
    text = " ".join(text.split())
    if len(text) > 60:
        return False
    return (
        _ANONYMOUS_BYLINE.fullmatch(text) is not None or _STAFF_BYLINE.fullmatch(text) is not None
    )


def is_byline(text: str) -> bool:
    """A byline, named or anonymous."""
    text = " ".join(text.split())
    return parse_byline(text) is not None or is_anonymous_byline(text)


def standalone(line: str) -> bool:
    """A line that is a unit on its own whatever surrounds it (a strong cue)."""
    text = " ".join(line.split())
    if not text or len(text) > 160:
        return False
    if parse_jump(text) or parse_teaser_pointer(text) is not None or is_byline(text):
        return True
    if parse_end_byline(text) is not None:
        return True
    if parse_credit_line(text) or parse_volume_number(text) or parse_issue_number(text):
        return True
    teaser = split_teaser(text) if len(text) <= 100 else None
    if teaser is not None and is_title(teaser[0]):
        return True
    date = parse_date(text) if _YEAR.search(text) else None  # every date cue has a year
    if date is not None and len(date.text) >= 0.6 * len(text):
        return True
    return parse_edition(text) == text


def split_pages(text: str) -> list[list[NumberedLine]]:
    """Pages (form-feed separated) as lists of (line number, line)."""
    pages: list[list[NumberedLine]] = [[]]
    for number, line in enumerate(text.split("\n"), start=1):
        parts = line.split("\f")
        for index, part in enumerate(parts):
            if index > 0:
                pages.append([])
            pages[-1].append((number, part))
    # pdftotext ends every page with a form feed: a last "page" with no text is not a page.
    if len(pages) > 1 and not any(line.strip() for _, line in pages[-1]):
        pages.pop()
    return pages


def split_blocks(lines: list[NumberedLine]) -> Iterator[list[NumberedLine]]:
    block: list[NumberedLine] = []
    for number, line in lines:
        if line.strip():
            block.append((number, line.strip()))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _is_wrapped(lines: list[NumberedLine]) -> bool:
    lengths = [len(line) for _, line in lines]
    return len(lengths) > 1 and statistics.median(lengths) <= WRAPPED_MAX


#: Most lines of a headline wrapped in its column between two stories.
WRAPPED_TITLE_LINES = 3


#: Most lines of a deck under a headline between two stories (set small, it wraps less).
SHAPED_DECK_LINES = 3
#: Fewest words of such a deck: a sentence's worth (a subhead has no deck under it).
SHAPED_DECK_WORDS = 8
#: A deck holds this many times the characters of its headline (smaller type, more words).
SHAPED_DECK_SHARE = 1.3


def _title_and_deck(lines: list[NumberedLine], index: int) -> tuple[int, int] | None:
    """(headline lines, deck lines) of a header with no byline that starts at ``index``
    between two stories on a page with no blank lines: after a sentence end, a title (one
    to three lines) over a longer line or two in sentence case that stop without a final
    stop ("Drivers review larger mill" / "Teachers in Paldale say the stadium was funded
    as passenger" / "numbers keep growing"), then a capitalised line that opens the text.
    Else None."""
    if not ends_sentence(lines[index - 1][1]):
        return None
    title = 1
    while (
        title < WRAPPED_TITLE_LINES
        and index + title < len(lines)
        and continues_title(lines[index + title - 1][1], lines[index + title][1])
    ):
        title += 1
    head = " ".join(line for _, line in lines[index : index + title])
    if not is_title(head) or caps(head):
        return None
    start = index + title
    for deck in range(1, SHAPED_DECK_LINES + 1):
        end = start + deck
        if end >= len(lines):
            return None
        text = " ".join(line for _, line in lines[start:end])
        if ends_sentence(lines[end - 1][1]) or not _opens_line(lines[start][1]):
            return None
        if not _opens_line(lines[end][1]) or last_word_is_function_word(text):
            continue
        if len(text.split()) < SHAPED_DECK_WORDS or len(text) < SHAPED_DECK_SHARE * len(head):
            return None
        return title, deck
    return None


def _opens_line(line: str) -> bool:
    """The line opens with a capital, a figure or an opening quote mark."""
    first = line.lstrip("“\"'‘(")[:1]
    return first.isupper() or first.isdigit()


def _wrapped_title(lines: list[NumberedLine], index: int, longest: int) -> int:
    """How many lines from ``index`` are a title wrapped over two or three short lines
    between a sentence end and a capitalised line ("Larger shelter" / "announced" / "The
    small reservoir ..."), else 0. Headline type is larger than the text's, so a headline
    wraps in a column where a subhead, set at text size, fits one line."""
    if index > 0 and not ends_sentence(lines[index - 1][1]):
        return 0
    count = 1
    while (
        index + count < len(lines)
        and count < WRAPPED_TITLE_LINES
        and continues_title(lines[index + count - 1][1], lines[index + count][1])
    ):
        count += 1
    if count < 2 or index + count >= len(lines):
        return 0
    block = [line for _, line in lines[index : index + count]]
    following = lines[index + count][1].lstrip("“\"'‘(")[:1]
    if not (following.isupper() or following.isdigit()):
        return 0
    if any(len(line) >= SHORT_LINE_SHARE * longest for line in block):
        return 0
    return count if is_title(" ".join(block)) else 0


def is_wrapped_title(piece: list[NumberedLine]) -> bool:
    """A piece that is one title wrapped over two or three lines."""
    lines = [line for _, line in piece]
    if not 2 <= len(lines) <= WRAPPED_TITLE_LINES or not is_title(" ".join(lines)):
        return False
    return all(continues_title(a, b) for a, b in itertools.pairwise(lines))


def _paragraphs(
    lines: list[NumberedLine], by_shape: bool = False, vocabulary: frozenset[str] = frozenset()
) -> Iterator[list[NumberedLine]]:
    """Cut a run of ordinary lines into paragraph-sized pieces; ``by_shape`` (a page with
    no blank lines, whose headers show by their shape alone), a wrapped title between two
    stories (:func:`_wrapped_title`) a piece of its own."""
    if by_shape and _is_wrapped(lines):
        longest = max(len(line) for _, line in lines)
        for index in range(1, len(lines)):
            pair = _title_and_deck(lines, index)
            if pair:
                title, deck = pair
                yield from _text_pieces(lines[:index], by_shape, vocabulary)
                yield lines[index : index + title]
                yield lines[index + title : index + title + deck]
                yield from _paragraphs(lines[index + title + deck :], by_shape, vocabulary)
                return
            count = _wrapped_title(lines, index, longest)
            if count:
                yield from _text_pieces(lines[:index], by_shape, vocabulary)
                yield lines[index : index + count]
                yield from _paragraphs(lines[index + count :], by_shape, vocabulary)
                return
    yield from _text_pieces(lines, by_shape, vocabulary)


def _text_pieces(
    lines: list[NumberedLine], by_shape: bool = False, vocabulary: frozenset[str] = frozenset()
) -> Iterator[list[NumberedLine]]:
    """Cut a run of ordinary lines into paragraph-sized pieces; ``by_shape`` (a page with no
    blank lines), a title as wide as the column over a new sentence stands alone too
    (:func:`_title_over_sentence`)."""
    if not lines:
        return
    if not _is_wrapped(lines):
        for item in lines:
            yield [item]
        return
    longest = max(len(line) for _, line in lines)
    # A line as long as the column's lines (the median line, give or take a tenth) is text
    # that happens to stop at a line end ("Drivers will be sent along Orchard"), never a
    # title because it is short: a subhead is shorter than the column, a spanning pull
    # quote or two lines pdftotext joined are longer.
    median = statistics.median(len(x) for _, x in lines)

    def full_line(line: str) -> bool:
        return abs(len(line) - median) <= FULL_LINE_SLACK * median

    vocabulary = vocabulary | lower_words(lines) if by_shape else frozenset()
    current: list[NumberedLine] = []
    for index, (number, line) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        before = lines[index - 1][1] if index else ""
        over_sentence = by_shape and _title_over_sentence(line, before, following, vocabulary)
        # A title line between sentence ends is a subhead inside the block.
        if (
            current
            and is_title(line)
            and ends_sentence(current[-1][1])
            and (len(line) < SHORT_LINE_SHARE * longest or over_sentence)
        ):
            yield current
            current = []
        current.append((number, line))
        short = len(line) < SHORT_LINE_SHARE * longest
        title_alone = len(current) == 1 and (
            over_sentence
            or (
                is_title(line)
                and short
                and (index == 0 or not (full_line(line) and ends_sentence(before)))
                and _opens_paragraph(following, before)
            )
        )
        if following[:1].islower() and line.rstrip().endswith((":", ";")):
            continue  # "Library opens a tool shelf:" / "borrow a drill": one sentence
        if is_pull_quote([text for _, text in current]):
            yield current  # a pull quote's closing mark ends it, whatever follows
            current = []
            continue
        if is_signature(line):
            yield current  # "— Marguerite Anand, Cliff Road" closes the letter above it
            current = []
            continue
        if is_signature(following) and not title_alone:
            continue  # the letter's last sentence keeps its signature
        if (ends_sentence(line) and short) or title_alone:
            yield current
            current = []
    if current:
        yield current


_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def lower_words(lines: list[NumberedLine]) -> frozenset[str]:
    """The words ``lines`` print in lower case (common words, never names)."""
    return frozenset(w for _, line in lines for w in _WORD.findall(line) if w.islower())


def _opens_sentence(line: str, vocabulary: frozenset[str]) -> bool:
    """``line`` opens a sentence by its first word: an opening quote mark before a capital,
    a capitalised word the page also prints in lower case ("Teachers from ..." where
    "teachers" is printed too: a common word, so no name running on from the line above),
    or a lead-in in capitals ("ABOUT 46 planners")."""
    stripped = line.lstrip("“\"'‘„«")
    if stripped != line:
        return stripped[:1].isupper()
    found = _WORD.match(line)
    if found is None:
        return False
    word = found.group()
    if len(word) > 1 and word.isupper():
        return True
    return word[:1].isupper() and word[1:].islower() and word.lower() in vocabulary


def _title_over_sentence(
    line: str, before: str, following: str, vocabulary: frozenset[str]
) -> bool:
    """A title printed as wide as a narrow column, between a sentence end and a new
    sentence ("... on Saturday morning." / "Crowded workshop moved" / "Teachers from
    Galby"): its last word is in lower case (a name such as "along Orchard" / "Street"
    runs on to the next line) and the line under it opens a sentence
    (:func:`_opens_sentence`)."""
    if before and not ends_sentence(before):
        return False
    if not is_title(line) or caps(line):
        return False
    words = _WORD.findall(line)
    if not words or not words[-1].islower():
        return False
    return _opens_sentence(following, vocabulary)


#: A display quotation on its own: one quoted phrase, nothing outside the marks, no
#: sentence stop before the closing mark ("“We have waited a long time for this”"). A
#: paragraph that is a quoted sentence ends with its stop ("... for this.”"); a headline is
#: never a bare quotation (none of the 2,222 expected headlines of the corpora is).
_QUOTED_TITLE = re.compile(r"^[“«](?P<quote>[^“”«»\"]+)[”»]$")
#: Most lines of a pull quote set on its own (a longer quoted block is running text).
PULL_QUOTE_LINES = 3


def is_pull_quote(lines: Sequence[str]) -> bool:
    """A quotation standing alone in display type (see ``_QUOTED_TITLE``)."""
    text = " ".join(" ".join(line.split()) for line in lines)
    found = _QUOTED_TITLE.match(text)
    if found is None or not 1 <= len(lines) <= PULL_QUOTE_LINES:
        return False
    quote = found.group("quote").rstrip()
    return bool(quote) and not quote.endswith((".", "!", "?", ",", ";", ":"))


def _opens_paragraph(line: str, before: str) -> bool:
    """Can ``line`` open the paragraph under a title line whose line above is ``before``?
    It opens with a capital or a figure; or, between the end of a sentence above and the
    title, with an opening quote ("“People deserve ..."): a quote under a title wrapped
    from a line that ends no sentence (a credit, a name) may be the title's own text."""
    if line[:1].isupper() or line[:1].isdigit():
        return True
    first = line.lstrip("“\"'‘„«")[:1]
    return first != line[:1] and first.isupper() and ends_sentence(before)


def is_kicker(text: str) -> bool:
    """A section label over a headline: one to four words, all in capitals, no final stop."""
    words = text.split()
    return 1 <= len(words) <= 4 and text.isupper() and not ends_sentence(text) and len(text) <= 40


def is_kicker_line(block: list[NumberedLine], index: int) -> bool:
    """A kicker line inside a block: capitals between lines that are not (so not one line of
    a headline set in capitals)."""
    line = block[index][1]
    if not is_kicker(line) or len(block) < 2:
        return False
    neighbours = [block[j][1] for j in (index - 1, index + 1) if 0 <= j < len(block)]
    return all(not n.isupper() for n in neighbours)


def opens_continuation(previous: str, line: str) -> bool:
    """``line`` goes on with the title line before it (lower-case start, or the line before
    stops on a function word, a comma, a colon, an ampersand or a hyphen)."""
    first = line.lstrip("“\"'‘(")[:1]
    if first.islower():
        return True
    stripped = previous.rstrip()
    return stripped.endswith((",", ":", "&", "-", "–", "—")) or last_word_is_function_word(stripped)


#: A line in capitals under a line in capitals is a new piece (the headline under its
#: kicker) only when it is this many times longer.
CAPS_KICKER_RATIO = 2.0


def caps(text: str) -> bool:
    """Letters, all in capitals."""
    return any(c.isalpha() for c in text) and text.isupper()


def continues_title(previous: str, line: str) -> bool:
    """``line`` goes on with the title line before it. A title in capitals goes on only in
    capitals: a line in lower case after it is the text under it (its drop capital lost:
    "AFTER A LONG WAIT" / "he temporary council"), and a line in capitals after it is
    the headline's next line."""
    if caps(previous):
        return caps(line)
    return opens_continuation(previous, line)


#: A kicker printed on the headline's first line, before it: a word or two in capitals
#: (or capitals spaced out letter by letter), then a capitalised word in lower case.
_INLINE_KICKER = re.compile(
    r"((?:[A-Z] ){2,}[A-Z]|[A-Z][A-Z&'’-]+(?: [A-Z][A-Z&'’-]+)?) ([A-Z][a-z].*)"
)


#: Fewest letters of a one-word kicker on the headline's line.
INLINE_KICKER_CHARS = 4


def split_inline_kicker(line: str) -> tuple[str, str] | None:
    """(kicker, headline start) of a header's first line that opens with its kicker
    ("HOUSING Old", "C O U R T S Sheartmere airport to close"), else None. Only for the
    first line of a header: a story's first line opens the same way ("NURSES FROM
    Praillholm and ...", a lead-in in capitals)."""
    match = _INLINE_KICKER.fullmatch(" ".join(line.split()))
    if match is None:
        return None
    kicker = match.group(1)
    if len(kicker) > 2 and kicker[1] == " ":
        kicker = kicker.replace(" ", "")  # capitals spaced out letter by letter
    if " " not in kicker and len(kicker) < INLINE_KICKER_CHARS:
        return None  # an abbreviation opening a headline ("UK Budget ...", "NHS Trust ...")
    return (kicker, match.group(2)) if is_kicker(kicker) else None


def title_pieces(lines: list[NumberedLine]) -> list[list[NumberedLine]]:
    """Split the lines of a header (above a byline) into kicker, headline and deck.

    pdftotext keeps a wrapped headline and its deck in one block. A new piece starts after
    a kicker line, and at a capitalised line that does not continue the one before it and
    is clearly longer than the piece's lines so far (a deck is set smaller than its headline,
    so its lines hold more characters).
    """
    inline = split_inline_kicker(lines[0][1])
    if inline is not None:
        number = lines[0][0]
        pieces: list[list[NumberedLine]] = [[(number, inline[0])], [(number, inline[1])]]
    else:
        pieces = [[lines[0]]]
    for index, item in enumerate(lines[1:], start=1):
        current = pieces[-1]
        line = item[1]
        previous = current[-1][1]
        if len(current) == 1 and is_kicker(previous) and not line.isupper():
            pieces.append([item])
            continue
        if is_kicker(line) and caps(line) and not any(caps(text) for _, text in current):
            pieces.append([item])  # a tag kicker under a headline in sentence case
            continue
        if _desk_tag(lines, index) and all(caps(text) for _, text in current):
            pieces.append([item])  # a desk's tag under a headline in capitals
            continue
        longest = max(len(text) for _, text in current)
        # A headline set in capitals wraps onto lines in capitals of about its length; a
        # kicker in capitals over it is far shorter.
        ratio = CAPS_KICKER_RATIO if caps(previous) and caps(line) else 1.3
        if not opens_continuation(previous, line) and len(line) >= ratio * longest:
            pieces.append([item])
            continue
        current.append(item)
    return _tag_kicker_first(pieces)


def _desk_tag(lines: list[NumberedLine], index: int) -> bool:
    """The header line at ``index`` is a desk's name in capitals ("HEALTH", "COURTS",
    ``cues.names.is_desk``) between a headline in capitals and a deck in sentence case: a
    kicker printed as a tag under the headline. A headline wrapping onto a lone word has
    more headline in capitals under it or no deck; a desk's name alone on the headline's
    last line over a deck is taken for its tag."""
    line = lines[index][1]
    if index + 1 >= len(lines) or not caps(line) or not is_kicker(line) or not is_desk(line):
        return False
    following = lines[index + 1][1]
    return caps(lines[index - 1][1]) and not caps(following) and following[:1].isupper()


def _tag_kicker_first(pieces: list[list[NumberedLine]]) -> list[list[NumberedLine]]:
    """A kicker printed as a tag after the headline (one line in capitals under a title in
    sentence case, before the deck) goes in front of the headline, where the assembler
    looks for it (``tagkickers`` does the same for blocks set off by blank lines)."""
    for index in range(1, len(pieces)):
        piece, before = pieces[index], pieces[index - 1]
        if len(piece) != 1 or not is_kicker(piece[0][1]) or not caps(piece[0][1]):
            continue
        if index == 1 and (not any(caps(line) for _, line in before) or is_desk(piece[0][1])):
            return [piece, before, *pieces[2:]]
    return pieces


def _running_head(line: str) -> bool:
    """A line with a full date ("The Dulton Herald · Tuesday 6 April 2027"): the page's
    running head, which an extraction with no blank lines sets right above the first
    header; never a line of the header."""
    if not _YEAR.search(line):
        return False
    return parse_date(" ".join(line.split())) is not None


def is_page_head(line: str) -> bool:
    """A running head on a page's first line: a full date ending or opening it ("2 NEWS The
    Sexbridge Gazette · Thursday, July 23, 2026"), no sentence around it. pdftotext -raw
    sets it on the line right above the page's first header or text, which must not take
    it in (a body line naming a date has the date inside it, or ends with a stop)."""
    text = " ".join(line.split())
    if not _running_head(text) or ends_sentence(text):
        return False
    date = parse_date(text)
    return date is not None and (text.endswith(date.text) or text.startswith(date.text))


#: A folio printed with its section label ("3 SCIENCE", "A3 HEALTH"): the page's number,
#: then a label in capitals.
_FOLIO_SECTION = re.compile(r"[A-Z]?\d{1,4} (?P<label>[A-Z][A-Z&'’ -]*)")


def is_folio_section(line: str) -> bool:
    """A folio and its section label on a line of their own ("2 PUZZLES"). Only a part of
    the page head where one was found: elsewhere a number in front of capitals opens a
    list or a headline ("3 WAYS TO ...")."""
    match = _FOLIO_SECTION.fullmatch(" ".join(line.split()))
    return match is not None and is_kicker(match.group("label"))


def is_debris(lines: Sequence[str]) -> bool:
    """Lines of one character each: drop capitals and display quote marks pdftotext -raw
    prints apart from their text ("W", "A", "“"), never a unit's words."""
    return all(len(line.strip()) <= 1 for line in lines)


#: Most lines a header above a byline can take (kicker, headline and deck).
HEADER_MAX_LINES = 7


def _leading_title(run: list[NumberedLine]) -> int:
    """How many lines at the start of ``run`` are a headline (0 for none): the first line and
    those continuing it, a title, followed by a capitalised line."""
    count = 1
    while (
        count < len(run)
        and count < NARROW_TITLE_LINES
        and continues_title(run[count - 1][1], run[count][1])
    ):
        count += 1
    if count >= len(run) or ends_sentence(run[count - 1][1]):
        return 0
    following = run[count][1].lstrip("“\"'‘(")[:1]
    head = " ".join(line for _, line in run[:count])
    # Under a title in capitals the text may open in lower case: its drop capital is
    # printed apart (pdftotext -raw puts it elsewhere on the page).
    dropped = caps(head) and following.islower()
    if not (following.isupper() or following.isdigit() or dropped) or not is_title(head):
        return 0
    return count


#: Most lines a headline can take in a narrow column.
NARROW_TITLE_LINES = 5


def run_pieces(
    run: list[NumberedLine],
    *,
    before_byline: bool,
    after_kicker: bool = False,
    by_shape: bool = False,
    vocabulary: frozenset[str] = frozenset(),
) -> Iterator[list[NumberedLine]]:
    """Paragraph pieces of a run of ordinary lines; the open-ended lines right above a
    byline are a header, split by :func:`title_pieces`; right after a kicker line, the
    leading lines that form a title are a headline (:func:`_leading_title`)."""
    if after_kicker and not before_byline:
        head = _leading_title(run)
        if head:
            yield run[:head]
            yield from run_pieces(
                run[head:], before_byline=False, by_shape=by_shape, vocabulary=vocabulary
            )
            return
    captions = _caption_spans(run)
    if captions:
        position = 0
        for start, end in captions:
            if start > position:
                yield from run_pieces(
                    run[position:start],
                    before_byline=False,
                    after_kicker=after_kicker and not position,
                    by_shape=by_shape,
                    vocabulary=vocabulary,
                )
            yield run[start : end + 1]
            position = end + 1
        if position < len(run):
            yield from run_pieces(
                run[position:],
                before_byline=before_byline,
                by_shape=by_shape,
                vocabulary=vocabulary,
            )
        return
    if not before_byline:
        yield from _paragraphs(run, by_shape, vocabulary)
        return
    start = len(run)
    while (
        start > 0
        and len(run) - start < HEADER_MAX_LINES
        and not ends_sentence(run[start - 1][1])
        and len(run[start - 1][1].split())
        <= (DECK_MAX_WORDS if start == len(run) else TITLE_MAX_WORDS)
        and not _running_head(run[start - 1][1])
    ):
        start -= 1
    while start < len(run) and not run[start][1].lstrip("“\"'‘(")[:1].isupper():
        start += 1  # the header opens with a capital
    if start > 0:
        yield from _paragraphs(run[:start], by_shape, vocabulary)
    if start < len(run):
        yield from title_pieces(run[start:])


#: The opening of a bracketed photo credit ("(PHOTO: ", "(Photo by ", "[Picture: ").
_CREDIT_OPEN = re.compile(
    r"[(\[](?:photos?|pictures?|illustrations?|graphics?|images?)\b(?:\s+by|\s*:)", re.I
)


def _caption_spans(run: list[NumberedLine]) -> list[tuple[int, int]]:
    """(start, end) index ranges of captions in a run of lines: text ending in a bracketed
    credit that may wrap onto the next line, from the last sentence end before it. In an
    extraction without blank lines (pdftotext -raw) a caption sits between body lines."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(run):
        line = run[index][1]
        opening = _CREDIT_OPEN.search(line)
        end = index
        if opening is None:
            if not _tail_credit(line):
                index += 1
                continue
        else:
            # The closing bracket: after the opening, or on one of the next two lines.
            tail = line[opening.end() :]
            while ")" not in tail and "]" not in tail and end + 1 < len(run) and end - index < 2:
                end += 1
                tail = run[end][1]
            if not tail.rstrip().endswith((")", "]")):
                index += 1
                continue
        start = index
        floor = spans[-1][1] + 1 if spans else 0
        while start > floor and not ends_sentence(run[start - 1][1]) and index - start < 4:
            start -= 1
        if start < index and _heads_caption(run, start):
            start += 1  # a photo's own headline over its caption
        spans.append((start, end))
        index = end + 1
    return spans


def _heads_caption(run: list[NumberedLine], start: int) -> bool:
    """The line at ``start`` is a title over the capitalised line that opens the caption
    (a wrapped caption's next line goes on in lower case)."""
    return is_title(run[start][1]) and _opens_capital(run[start + 1][1])


def _opens_capital(line: str) -> bool:
    first = line.lstrip("“\"'‘(")[:1]
    return first.isupper() or first.isdigit()


def _tail_credit(line: str) -> bool:
    """A line of text that ends in an unbracketed photo credit after a sentence ("... in
    May. Photo: Alva Kibriel", "... the site. PHOTO BY X"): the end of a caption that the
    extraction ran into the text around it."""
    found = split_credit(line)
    if found is None:
        return False
    caption, _credit, printed = found
    if not caption or printed.startswith(("(", "[")) or not line.rstrip().endswith(printed):
        return False
    return ends_sentence(caption) and _PHOTO_WORD.match(printed) is not None


#: A credit that names a picture's maker ("Photo:", "PHOTO BY", "Foto:", "Picture:").
_PHOTO_WORD = re.compile(r"(?:photos?|pictures?|foto\w*|images?)\b", re.I)


def header_block(block: list[NumberedLine]) -> bool:
    """A block that is a whole header set off from its byline by a blank line: at most
    :data:`HEADER_MAX_LINES` lines, none ending a sentence or over title length, the first
    capitalised, the last not stopping on a function word or a comma (text cut mid-sentence
    by a column end does; a headline or deck does not)."""
    if not block or len(block) > HEADER_MAX_LINES:
        return False
    texts = [line for _, line in block]
    if any(ends_sentence(t) or len(t.split()) > TITLE_MAX_WORDS for t in texts):
        return False
    if any(standalone(t) for t in texts):
        return False
    last = texts[-1].rstrip()
    if last.endswith((",", "-", "–", "—", "&")) or last_word_is_function_word(last):
        return False
    first = texts[0].lstrip("“\"'‘(")[:1]
    return first.isupper() or first.isdigit()
