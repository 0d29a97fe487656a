"""The issue's language from its function words, and line-end hyphens read by it."""

from __future__ import annotations

import pytest

from newslayout.cues import Dehyphenator
from newslayout.cues.language import FUNCTION_WORDS, detect_language

SAMPLES = {
    "en": "The council said on Monday that the bridge, which was closed in March, would "
    "reopen by the end of the year. Residents have waited for this, and they were told that "
    "the work will cost more than planned, but the money has been found from the budget.",
    "de": "Der Stadtrat hat am Montag beschlossen, dass die Brücke, die im März gesperrt "
    "wurde, noch vor dem Ende des Jahres wieder geöffnet wird. Die Anwohner sind mit der "
    "Entscheidung zufrieden, aber sie wollen auch wissen, was nach dem Umbau mit dem Ufer "
    "geschieht und ob sich der Verkehr bei Regen oder Schnee nicht wieder staut.",
    "fr": "Le conseil municipal a annoncé lundi que le pont, qui est fermé depuis mars, "
    "sera rouvert avant la fin de l'année. Les habitants sont satisfaits de cette décision, "
    "mais ils ont des questions sur les travaux et sur le coût, qui ne sont pas encore "
    "connus dans le détail pour les riverains et pour les commerces du quartier.",
    "es": "El ayuntamiento dijo el lunes que el puente, cerrado desde marzo, volverá a "
    "abrir antes de fin de año. Los vecinos están contentos, pero hay dudas sobre las obras "
    "y sus costes, porque ya hubo retrasos cuando se cambió el proyecto, según los técnicos, "
    "y también desde la oposición dijo que había problemas hasta donde se sabe.",
    "it": "Il consiglio comunale ha annunciato che il ponte, chiuso da marzo, sarà riaperto "
    "entro la fine dell'anno. Gli abitanti sono soddisfatti della decisione, ma anche "
    "preoccupati per i costi dei lavori, che non sono stati resi noti nel dettaglio: questo "
    "è il punto più discusso nel quartiere e alla riunione delle associazioni.",
    "nl": "Het college heeft maandag besloten dat de brug, die sinds maart dicht is, voor "
    "het einde van het jaar weer open gaat. De bewoners zijn blij met het besluit, maar zij "
    "willen ook weten wat er met de oever gebeurt. Deze vraag wordt nog niet beantwoord, "
    "want het college heeft de plannen voor de kade nog niet bij de raad ingediend.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_a_page_of_text_tells_its_language(language: str) -> None:
    assert detect_language([SAMPLES[language]] * 2) == language


def test_too_little_text_is_undecided() -> None:
    assert detect_language(["The bridge will reopen."]) is None
    assert detect_language([]) is None


def test_a_jump_line_in_another_language_does_not_outweigh_the_page() -> None:
    texts = [SAMPLES["en"]] * 2 + ["Weiter auf Seite 2", "Sigue en la página 3"]
    assert detect_language(texts) == "en"


def test_no_function_word_decides_between_two_languages() -> None:
    owners: dict[str, str] = {}
    for language, words in FUNCTION_WORDS.items():
        for word in words:
            assert word not in owners, f"{word!r} in {language} and {owners.get(word)}"
            owners[word] = language


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("wir be-", "kommen", "wir bekommen"),  # a prefix that is an English word
        ("20 Pro-", "zent", "20 Prozent"),
        ("die US-", "Amerikaner", "die US-Amerikaner"),  # a capital on the right: compound
        ("Corona-", "2019", "Corona-2019"),  # digits: kept in any language
    ],
)
def test_german_line_end_hyphens(left: str, right: str, expected: str) -> None:
    assert Dehyphenator(language="de").join(left, right) == expected


def test_issue_usage_still_wins_in_another_language() -> None:
    dehyphenator = Dehyphenator.from_texts(["die Ost-west Achse und die Ost-west Frage"], "de")
    assert dehyphenator.join("die Ost-", "west Achse") == "die Ost-west Achse"


def test_english_rules_stay_for_english_and_unknown() -> None:
    for language in ("en", "en-GB", ""):
        assert Dehyphenator(language=language).join("low-", "carbon") == "low-carbon"
    assert Dehyphenator(language="de").restore_compound("wellenbad") == "wellenbad"
