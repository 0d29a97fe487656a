"""Photo and graphic credits: "(PHOTO: Sam Ito / Harbor Ledger)", "Photo: Sam Ito",
"PHOTO BY SAM ITO", "(Photo courtesy of the Port Authority)", "Sam Ito/Harbor Ledger".

A credit is the tail of a caption (or a line of its own). The functions return the caption
without it, the credited name(s) without prefix or brackets, and the credit as printed, so that
writers can print either form.
"""

from __future__ import annotations

import re

from newslayout.cues.names import looks_like_name
from newslayout.cues.wordlist import is_english_word

# Longer words first and a word end: "Photograph by X" is not "Photo" + "graph by X".
_KIND_WORD = (
    r"(?:file\s+)?(?:photographs?|photos?|pictures?|images?|illustrations?|"
    r"graphics?|charts?|maps?|drawings?|cartoons?|video|infographic|"
    # the same words in the other languages newspapers credit in: de, fr, it, es, pt, nl, nordic
    r"fotos?|fotografie|fotografien|fotograf[íi]as?|bild(?:er)?|grafik(?:en)?|illustrationen|"
    r"zeichnung(?:en)?|karikatur|abbildung|cr[ée]dits?|clich[ée]|dessin|immagin[ei]|"
    r"imagen(?:es)?|ilustraci[óo]n|afbeelding|kuva)\b"
)
#: "POOL PHOTO", "AP PHOTO": an agency or pool word may stand before the kind.
_KIND = rf"(?:[A-Z]{{2,8}}\s+)?{_KIND_WORD}"
#: A credited name: no sentence end, but initials keep their dots ("P. Guidou").
_NAME_CHARS = r"(?:\b[A-Z]\.|[^.!?])"
_PREFIX = rf"{_KIND}(?:\s+(?:by|courtesy\s+of|courtesy))?\s*[:：/]?|courtesy\s+(?:of\s+)?"

#: "(PHOTO: Sam Ito / Harbor Ledger)" at the end of a caption.
_PAREN_CREDIT = re.compile(
    rf"\s*[(\[](?P<printed>(?P<prefix>{_PREFIX})\s*(?P<name>[^()\[\]]{{0,120}}))[)\]]\s*$",
    re.IGNORECASE,
)
#: "File photo" / "(File photo)" with no name.
_FILE_PHOTO = re.compile(r"\s*[(\[]?(?P<printed>file\s+(?:photo|picture|image))[)\]]?\.?\s*$", re.I)
#: "... on Friday. Photo: Sam Ito" — an unbracketed credit after the caption's last sentence.
_TAIL_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?”\"’)])\s+|\s+[—–|]\s+)(?P<printed>(?P<prefix>{_PREFIX})\s*(?P<name>{_NAME_CHARS}{{1,80}}?))"
    r"\s*$",
    re.IGNORECASE,
)
#: "... auf die Straße Fotos: X/ap; Y/dpa": a capitalised prefix with a colon needs no sentence
#: end before it (captions often stop without one); the name part may hold a credit list.
_TAIL_COLON_CREDIT = re.compile(
    rf"\s+(?P<printed>(?P<prefix>(?=(?-i:[A-ZÀ-Ý])){_KIND_WORD}\s*:)\s*(?P<name>(?:\b[A-Z]\.|[^.!?:]){{1,160}}?))\s*$",
    re.IGNORECASE,
)
#: "JOEL ANGEL JUAREZ FOR THE NEW YORK TIMES", "ANA RUIZ FOR BLOOMBERG NEWS": a
#: photographer on assignment, in capitals. Without "THE" the paper's name must run to two
#: words at least ("VOTES FOR CHANGE" is a head, not a credit).
_FOR_THE = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){1,3})\s+FOR\s+"
    r"(?P<org>THE\s+[A-Z][A-Z.'’&-]*(?:\s+[A-Z][A-Z.'’&-]*){0,5}"
    r"|[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]*){1,5})"
)
#: "Sam Ito / Harbor Ledger", "SAM ITO/THE HARBOR LEDGER": a name, a slash, an organisation.
_NAME_SLASH_ORG = re.compile(
    r"(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’&-]*){0,4})\s*/\s*"
    r"(?P<b>[A-Z][\w.'’&-]*(?:\s+[A-Za-z][\w.'’&-]*){0,5})"
)
#: "(Rosa Lind/DALES PHOTO AGENCY)" at the end of a caption: a name, a slash, an organisation,
#: in brackets with no prefix.
_PAREN_NAME_ORG = re.compile(r"\s*[(\[](?P<name>[^()\[\]/]{1,60}/[^()\[\]/]{1,60})[)\]]\s*$")
#: An organisation after the slash: capitalised or all-caps words ("DALES PHOTO AGENCY",
#: "The Harbor Ledger", "Port of Kell"); small joining words may be lower case.
_ORG_WORD = re.compile(r"[A-Z][\w.'’&-]*|&|of|the|and|for|de|du")
#: Agencies that credit a photo on their own ("REUTERS").
AGENCIES: frozenset[str] = frozenset(
    {"reuters", "ap", "afp", "associated press", "getty images", "xinhua", "epa", "bloomberg",
     "ap photo", "afp/getty images", "shutterstock", "alamy", "pool", "handout", "dpa", "epd",
     "kna", "ansa", "efe", "anp", "tt", "ntb", "ritzau", "apa", "keystone", "belga", "pti",
     "ani", "ians"}
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def _credit_name(name: str, *, prefixed: bool = False) -> str | None:
    """The credited name(s), or None when ``name`` does not read as names.

    After an explicit prefix ("Photo:") any short capitalised phrase is a credit ("Post
    archive", "Harbor Ledger files"); without one each part must look like a name.
    """
    name = name.strip(" .,;:")
    if not name:
        return None
    words = name.split()
    lead = re.sub(r"^(?:the|a)\s+(?=\S)", "", name, flags=re.IGNORECASE)  # "courtesy of the X"
    if prefixed and len(words) <= 6 and lead[0].isupper() and not re.search(r"[.!?]\s", name):
        return name
    if prefixed and _credit_list(name):
        return name
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*|\s*,\s*|\s+(?:and|&)\s+", name) if p.strip()]
    if not parts:
        return None
    for part in parts:
        bare = re.sub(r"^(?:the|a)\s+", "", part, flags=re.IGNORECASE)
        if not looks_like_name(bare, max_tokens=7) and part.lower() not in AGENCIES:
            return None
    return name


def _credit_list(name: str) -> bool:
    """ "Francois Mori/ap; Dylan Martinez/ reuters; de Waal/dpa": several credits after one
    prefix, each a name with an optional "/agency" (agencies are often set in lower case)."""
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*", name) if p.strip()]
    if not 2 <= len(parts) <= 8:
        return False
    for part in parts:
        person, _, agency = part.partition("/")
        words = person.split()
        if not 1 <= len(words) <= 5 or len(agency.split()) > 4:
            return False
        if not any(w[:1].isupper() for w in words):
            return False
    return True


def _is_name_slash_org(text: str) -> bool:
    """ "Rosa Lind/DALES PHOTO AGENCY": a name before the slash and a short capitalised
    organisation after it (words such as "PHOTO" are allowed there, unlike in a name)."""
    person, _, org = text.partition("/")
    words = org.split()
    if not looks_like_name(person.strip()) or not 1 <= len(words) <= 6:
        return False
    return words[0][0].isupper() and all(_ORG_WORD.fullmatch(w) for w in words)


def _assigned_name(name: str, org: str) -> bool:
    """Whether the words before "FOR" name a person. With no "THE" before the paper, a head
    in capitals reads the same ("NEW PLANS FOR CITY PARK"): then at least one of the name's
    words must be no English word (given names and surnames seldom all are)."""
    if not looks_like_name(name.title()):
        return False
    if org.startswith("THE "):
        return True
    return not all(is_english_word(w.lower()) for w in name.split())


def split_credit(caption: str) -> tuple[str, str, str] | None:
    """(caption without credit, credited name(s), credit as printed), or None.

    "A crane lifts a deck. (PHOTO: Sam Ito / Harbor Ledger)" -> ("A crane lifts a deck.",
    "Sam Ito / Harbor Ledger", "(PHOTO: Sam Ito / Harbor Ledger)"). A bare "File photo" is
    its own credit (there is no name to give).
    """
    text = _SPACE.sub(" ", caption).strip()
    if not text or len(text) > 2000:
        return None
    match = _PAREN_CREDIT.search(text)
    if match:
        name = match.group("name").strip()
        if not name and re.search(r"file", match.group("prefix"), re.IGNORECASE):
            return text[: match.start()].strip(), match.group("printed"), match.group(0).strip()
        credit = _credit_name(name, prefixed=bool(match.group("prefix").strip()))
        if credit is not None:
            return text[: match.start()].strip(), credit, match.group(0).strip()
    bare = _PAREN_NAME_ORG.search(text)
    if bare and _is_name_slash_org(bare.group("name")):
        return text[: bare.start()].strip(), bare.group("name").strip(), bare.group(0).strip()
    file_photo = _FILE_PHOTO.search(text)
    if file_photo:
        return (
            text[: file_photo.start()].strip(),
            file_photo.group("printed"),
            file_photo.group(0).strip(" ."),
        )
    tail = _TAIL_CREDIT.search(text) or _TAIL_COLON_CREDIT.search(text)
    if tail:
        credit = _credit_name(tail.group("name"), prefixed=True)
        if credit is not None:
            return text[: tail.start()].strip(" —–|"), credit, tail.group("printed").strip()
    return None


def parse_credit_line(text: str) -> tuple[str, str] | None:
    """A line that is only a credit: (credited name(s), credit as printed), or None.

    Accepts every form :func:`split_credit` knows with nothing before it, a bare
    "Name / Organisation" line ("Sam Ito/Harbor Ledger") and a known agency ("REUTERS").
    """
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > 120:
        return None
    split = split_credit(printed)
    if split is not None and not split[0]:
        return split[1], split[2]
    slash = _NAME_SLASH_ORG.fullmatch(printed)
    if slash and _credit_name(printed) is not None:
        return printed, printed
    if printed.lower().strip(".") in AGENCIES:
        return printed, printed
    on_assignment = _FOR_THE.fullmatch(printed)
    if on_assignment and _assigned_name(on_assignment.group("name"), on_assignment.group("org")):
        return printed, printed  # the affiliation is part of the credit, as printed
    return None
