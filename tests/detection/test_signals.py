"""Each signal type is found in each language, and every span indexes the original text."""

from __future__ import annotations

from pathlib import Path

import pytest

from haven.detection import SUPPORTED_LANGUAGES, SignalType, detect
from haven.detection.evaluate import load_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"
S = SignalType

CASES = [
    ("en", "I will post them everywhere", S.THREAT_TO_EXPOSE),
    ("en", "I have your nudes", S.INTIMATE_MATERIAL),
    ("en", "to all your followers", S.AUDIENCE),
    ("en", "send 0.02 btc", S.DEMAND_MONEY),
    ("en", "send me more pics", S.DEMAND_MATERIAL),
    ("en", "stay online and answer me", S.DEMAND_ACTION),
    ("en", "you have 24 hours", S.DEADLINE),
    ("en", "look what I have", S.PROOF_OF_POSSESSION),
    ("en", "someone is threatening to post my photos", S.VICTIM_DISCLOSURE),
    ("en", "beware of this account", S.THIRD_PARTY_WARNING),
    ("en", "I want to die", S.SELF_HARM_RISK),
    ("en", "I'm 15 and scared", S.MINOR_INDICATOR),
    ("de", "ich veröffentliche alles", S.THREAT_TO_EXPOSE),
    ("de", "deine Nacktbilder", S.INTIMATE_MATERIAL),
    ("de", "an deine Familie", S.AUDIENCE),
    ("de", "Ich werde gerade erpresst", S.VICTIM_DISCLOSURE),
    ("de", "ich bin 14", S.MINOR_INDICATOR),
    ("fr", "je vais publier tes photos intimes", S.INTIMATE_MATERIAL),
    ("fr", "tu as 24 heures", S.DEADLINE),
    ("fr", "il me fait chanter", S.VICTIM_DISCLOSURE),
    ("fr", "j'ai envie de mourir", S.SELF_HARM_RISK),
    ("es", "tus fotos íntimas", S.INTIMATE_MATERIAL),
    ("es", "a toda tu familia", S.AUDIENCE),
    ("es", "tengo 15 años", S.MINOR_INDICATOR),
    ("pt", "vou vazar tuas fotos", S.THREAT_TO_EXPOSE),
    ("pt", "estão me extorquindo", S.VICTIM_DISCLOSURE),
    ("it", "le tue foto intime", S.INTIMATE_MATERIAL),
    ("it", "mi stanno ricattando", S.VICTIM_DISCLOSURE),
    ("nl", "je naaktfoto's", S.INTIMATE_MATERIAL),
    ("nl", "ik word afgeperst", S.VICTIM_DISCLOSURE),
    ("ja", "お前の裸の写真を持っている", S.INTIMATE_MATERIAL),
    ("ja", "24時間以内に払え", S.DEADLINE),
    ("ja", "家族にばらまく", S.THREAT_TO_EXPOSE),
    ("ja", "死にたい", S.SELF_HARM_RISK),
    ("ja", "中3です", S.MINOR_INDICATOR),
    ("en", "the pics from the trip", S.EVERYDAY_CONTEXT),
    ("de", "die Hälfte der Miete", S.EVERYDAY_CONTEXT),
    ("fr", "les photos de classe", S.EVERYDAY_CONTEXT),
    ("es", "devuelvan mi dinero", S.EVERYDAY_CONTEXT),
    ("pt", "metade do aluguel", S.EVERYDAY_CONTEXT),
    ("it", "le foto della laurea", S.EVERYDAY_CONTEXT),
    ("nl", "de vakantiefoto's", S.EVERYDAY_CONTEXT),
    ("ja", "旅行の写真", S.EVERYDAY_CONTEXT),
    ("en", "just kidding", S.BANTER),
    ("fr", "je rigole", S.BANTER),
    ("es", "jajaja", S.BANTER),
    ("ja", "冗談だよ", S.BANTER),
    ("en", "he got pics from two people", S.INTIMATE_MATERIAL),
    ("ja", "若い男性を脅しています", S.THIRD_PARTY_WARNING),
    ("it", "sempre lo stesso copione", S.THIRD_PARTY_WARNING),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CASES)
def test_signal_found(lang, text, kind):
    signals = detect(text, lang=lang).of_type(kind)
    assert signals, f"no {kind.value} in {text!r}"
    assert all(text[s.start : s.end] == s.match for s in signals)


@pytest.mark.parametrize("kind", [k for k in SignalType if k.value not in ("named_account",)])
def test_every_type_is_in_every_language(kind):
    from haven.detection.lexicon import LEXICONS

    for lexicon in LEXICONS:
        if lexicon.code == "common":
            continue
        keys = {key.partition(":")[0] for key in lexicon.entries}
        assert kind.value in keys, f"{lexicon.code} has no {kind.value} entries"


def test_supported_languages():
    assert set(SUPPORTED_LANGUAGES) >= {"en", "de", "fr", "es", "pt", "it", "nl", "ja"}


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.jsonl")))
def test_every_span_indexes_the_original_text(name):
    for example in load_corpus(DATA / name):
        for signal in detect(example.text, lang=example.lang).signals:
            assert example.text[signal.start : signal.end] == signal.match, example.id
            assert signal.start < signal.end


def test_mixed_languages_are_matched_together():
    result = detect(
        "I have your fotos íntimas. Págame 300 dólares o se las mando a toda tu familia"
    )
    assert result.is_sextortion


def test_self_harm_is_reported_even_when_not_sextortion():
    result = detect("I can't take it anymore, I want to kill myself")
    assert not result.is_sextortion
    assert result.immediate_risk


# How people say it, with the words that get in the way: "just", "really", "anymore".
SELF_HARM_PHRASINGS = [
    ("en", "honestly I just want to die"),
    ("en", "i really don't want to be alive anymore"),
    ("en", "I wish I was dead"),
    ("en", "everyone would be better off without me"),
    ("en", "been thinking about ending it all"),
    ("en", "I'd rather be dead than have them see it"),
    ("de", "ich will einfach nur sterben"),
    ("de", "ich kann nicht mehr"),
    ("de", "ich will mir das Leben nehmen"),
    ("fr", "je veux juste mourir"),
    ("fr", "j'en peux plus"),
    ("es", "ya no puedo más, solo quiero morir"),
    ("es", "me quiero matar"),
    ("pt", "eu só quero morrer"),
    ("pt", "prefiro morrer"),
    ("it", "voglio solo morire"),
    ("it", "non ce la faccio più"),
    ("nl", "ik wil gewoon dood"),
    ("nl", "ik ben liever dood"),
    ("ja", "もう生きていたくない"),
    ("ja", "全部終わりにしたい"),
]


@pytest.mark.parametrize(("lang", "text"), SELF_HARM_PHRASINGS)
def test_self_harm_is_heard_through_fillers_and_wishes(lang, text):
    found = detect(text, lang=lang)
    assert found.immediate_risk, (lang, text)


@pytest.mark.parametrize(
    "text",
    ["I could die for a pizza right now", "this song is killing me", "the battery died again"],
)
def test_everyday_death_words_are_not_self_harm(text):
    assert not detect(text).immediate_risk


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "this is no joke, I'm not kidding"),
        ("es", "no es broma"),
        ("pt", "não é brincadeira"),
        ("it", "non sto scherzando"),
        ("nl", "dit is geen grapje"),
        ("fr", "tu crois que c'est une blague ?"),
        ("fr", "je rigole pas"),
    ],
)
def test_denied_jokes_are_not_banter(lang, text):
    assert not detect(text, lang=lang).of_type(S.BANTER)


@pytest.mark.parametrize(
    ("lang", "text", "policy"),
    [
        ("en", "he messages people on our server", False),
        ("en", "our server has rules about this", True),
        ("de", "er schreibt Leute auf unserem Server an", False),
        ("nl", "hij stuurt mensen op onze server berichten", False),
        ("es", "escribe a gente en nuestro servidor", False),
    ],
)
def test_our_server_is_policy_talk_but_on_our_server_is_a_place(lang, text, policy):
    assert bool(detect(text, lang=lang).of_type(S.POLICY_DISCUSSION)) is policy


# A parent or friend writes for the victim: the despair and the age are told in
# the third person, and must still reach the assessment.
SOMEONE_ELSES_RISK = [
    ("en", "my son (15) says he wants to die", True),
    ("en", "she keeps saying she wants to kill herself", False),
    ("de", "Ich schreibe für meine Tochter (14). Sie will nicht mehr leben.", True),
    ("fr", "mon fils de 15 ans veut mourir", True),
    ("es", "mi hija de 13 años dice que quiere morirse", True),
    ("pt", "meu filho de 16 anos não quer mais viver", True),
    ("it", "mia figlia di 14 anni vuole farla finita", True),
    ("nl", "mijn dochter van 14 wil niet meer leven", True),
    ("ja", "息子（15）が死にたいって言ってる", True),  # noqa: RUF001 (full-width, as typed)
]


@pytest.mark.parametrize(("lang", "text", "minor"), SOMEONE_ELSES_RISK)
def test_someone_elses_despair_and_age_are_heard(lang, text, minor):
    found = detect(text, lang=lang)
    assert found.immediate_risk, text
    assert found.possible_minor == minor, text


@pytest.mark.parametrize(
    "text",
    [
        "my son ran 15 km today",
        "my daughter turned 25 and lives abroad",
        "her brother has 12 followers",
    ],
)
def test_grown_children_and_other_numbers_are_not_minors(text):
    assert not detect(text).possible_minor


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "writing for my son (15). he is scared"),
        ("de", "Ich schreibe für meine Tochter (14)."),
        ("fr", "j'écris pour mon fils (15)."),
        ("es", "Escribo por mi hija (13)."),
        ("pt", "Escrevo pelo meu filho (15)."),
        ("it", "Scrivo per mia figlia (14)."),
        ("nl", "Ik schrijf namens mijn zoon (15)."),
        ("ja", "娘（14）のことで相談です"),  # noqa: RUF001 (full-width, as typed)
    ],
)
def test_a_parent_writing_for_a_child_gives_the_age_to_the_minors_question(lang, text):
    assert detect(text, lang=lang).possible_minor, text
