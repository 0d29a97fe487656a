"""The language an issue is printed in, from its most frequent function words.

A page of newspaper text holds hundreds of articles, pronouns and conjunctions, and those
words differ between languages ("the/and/of", "der/und/nicht", "le/et/les"...), so counting
them tells the language of a whole issue reliably; a jump line or a quotation in another
language does not outweigh the rest. The language decides how line-end hyphens are read
(:mod:`newslayout.cues.hyphenation`) and is what a writer hyphenates and quotes by.

Why not a language-identification library: ``py3langid`` (the maintained fork of langid.py)
was tried and takes about 3 s to load its model in every process, and adds numpy, for a
question a page of text answers from a few dozen words; ``lingua`` ships models of hundreds of
megabytes. Only whole issues are classified here, never short strings.

The word lists hold words that are frequent in one language and rare in the others of the
table: a word two languages both use often ("de", "en", "que", "det", "to") is in neither
list, so it cannot decide between them. Danish and Norwegian Bokmål, the closest pair, are
told apart only by their own spellings ("af/hvad/nogle" vs "av/hva/noen"), so a short
Scandinavian text may come out undecided.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Frequent function words per language (ISO 639-1), each distinctive within this table.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is was that for with are were this have has from which would "
        "their they been said will but not",
        "de": "der die das und nicht ist mit auf den dem ein eine sich von zu auch wird sind "
        "wurde noch aber nach bei oder einer",
        "fr": "le les et des est une du dans pour pas sur au aux qui ont sont avec cette "
        "ces été leur",
        "es": "el los las y pero más fue sus hay también cuando muy sin ya desde porque dijo "
        "según había hasta donde",
        "it": "il gli della che di non per è delle dei sono nel alla anche ma questo stato più",
        "pt": "os dos não em uma com ao pelo pela foi são também seu sua",
        "nl": "het een van niet dat op voor met zijn ook wordt werd naar bij maar deze nog "
        "heeft hun",
        "sv": "och att är för inte till ett från också eller vid hade kommer detta sina",
        "da": "af hvad nogle blev havde meget",
        "nb": "av hva noen ble hadde mye",
        "fi": "ja ei että oli ovat mutta kun myös joka hän tai sen jo nyt vain kuin",
        "pl": "w się nie że jest od przez oraz już dla był była",
        "cs": "v s že jsou není již pro také byl bylo",
    }.items()
}

#: Fewer hits than this for the best language: too little text to tell.
MIN_HITS = 20
#: The best language must score at least this many times the runner-up.
MARGIN = 1.3

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(texts: Iterable[str]) -> str | None:
    """The ISO 639-1 code of the language most of ``texts`` is written in, or None when the
    text is too short or too mixed to tell (the caller keeps its default)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            counts[match.group(0).lower()] += 1
    scores = sorted(
        ((sum(counts[w] for w in words), lang) for lang, words in FUNCTION_WORDS.items()),
        reverse=True,
    )
    (best, lang), (second, _) = scores[0], scores[1]
    if best < MIN_HITS or best < MARGIN * second:
        return None
    return lang
