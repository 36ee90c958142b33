"""Recall round 2 (holdout7 and holdout8): families of phrasing, each in several languages.

None of these texts is in a corpus file. The signal cases each name the signal
the family must produce; the whole texts must be read as sextortion, and the
negatives (a parent asking how to talk about it, an ex who wants his things
back, pictures from a night out) must stay negative.
"""

from __future__ import annotations

import pytest

from haven.detection import Label, SignalType, detect
from tests.detection.families import assert_read_as, assert_signal, signal_cases

S = SignalType

FAMILIES = {
    "disclosures written on someone's behalf": [
        ("en", "I'm writing on behalf of my daughter", S.VICTIM_DISCLOSURE),
        ("de", "Ich schreibe hier für meinen Sohn", S.VICTIM_DISCLOSURE),
        ("fr", "j'écris de la part de ma sœur", S.VICTIM_DISCLOSURE),
        ("es", "escribo en nombre de mi hijo", S.VICTIM_DISCLOSURE),
        ("pt", "minha amiga pediu pra eu escrever", S.VICTIM_DISCLOSURE),
        ("it", "scrivo a nome di mio fratello", S.VICTIM_DISCLOSURE),
        ("nl", "ik meld dit namens mijn dochter", S.VICTIM_DISCLOSURE),
        ("ja", "息子のことで相談です", S.VICTIM_DISCLOSURE),
    ],
    "third-person threats and audiences": [
        ("en", "she'll send them to her parents", S.THREAT_TO_EXPOSE),
        ("en", "her entire class", S.AUDIENCE),
        ("de", "er stellt die Videos ins Netz", S.THREAT_TO_EXPOSE),
        ("de", "an seine ganze Klasse", S.AUDIENCE),
        ("fr", "menace de les envoyer", S.THREAT_TO_EXPOSE),
        ("fr", "à toute sa classe", S.AUDIENCE),
        ("es", "los va a subir", S.THREAT_TO_EXPOSE),
        ("es", "a todos sus amigos", S.AUDIENCE),
        ("pt", "senão posta tudo", S.THREAT_TO_EXPOSE),
        ("it", "li manda ai genitori", S.THREAT_TO_EXPOSE),
        ("nl", "naar zijn hele klas", S.AUDIENCE),
        ("nl", "dreigt het naar", S.THREAT_TO_EXPOSE),
    ],
    "third-person conditions": [
        ("en", "unless she pays", S.DEMAND_MONEY),
        ("de", "wenn er nicht zahlt", S.DEMAND_MONEY),
        ("pt", "se ela não pagar", S.DEMAND_MONEY),
        ("nl", "als zij niet betaalt", S.DEMAND_MONEY),
        ("es", "si no le paga", S.DEMAND_MONEY),
    ],
    "implied material and recorded calls": [
        ("en", "what she sent him back when they dated", S.INTIMATE_MATERIAL),
        ("en", "you know which one", S.INTIMATE_MATERIAL),
        ("en", "screen recorded our facetime", S.INTIMATE_MATERIAL),
        ("de", "die Fotos, die ich ihm damals geschickt habe", S.INTIMATE_MATERIAL),
        ("de", "hat unseren Videocall aufgezeichnet", S.INTIMATE_MATERIAL),
        ("fr", "tout ce que je lui envoyais", S.INTIMATE_MATERIAL),
        ("es", "lo que le mandaba", S.INTIMATE_MATERIAL),
        ("es", "grabó nuestra videollamada", S.INTIMATE_MATERIAL),
        ("pt", "aquilo que eu mandei pra ela", S.INTIMATE_MATERIAL),
        ("it", "spezzoni della nostra videochiamata", S.INTIMATE_MATERIAL),
        ("nl", "heeft ons videogesprek opgenomen", S.INTIMATE_MATERIAL),
        ("ja", "ビデオ通話を録画", S.INTIMATE_MATERIAL),
        ("ja", "あの頃の写真", S.INTIMATE_MATERIAL),
    ],
    "demands for an action": [
        ("en", "drop the restraining order", S.DEMAND_ACTION),
        ("en", "sleep with me again", S.DEMAND_ACTION),
        ("de", "die Anzeige zurückziehst", S.DEMAND_ACTION),
        ("fr", "retire ta plainte", S.DEMAND_ACTION),
        ("es", "retiras la denuncia", S.DEMAND_ACTION),
        ("pt", "retirar a queixa", S.DEMAND_ACTION),
        ("it", "ritira la denuncia", S.DEMAND_ACTION),
        ("nl", "je aangifte intrekt", S.DEMAND_ACTION),
        ("ja", "被害届を取り下げ", S.DEMAND_ACTION),
        ("it", "torni con lui", S.DEMAND_ACTION),
    ],
    "bargaining and deleting everything": [
        ("en", "then I wipe everything", S.THREAT_TO_EXPOSE),
        ("en", "500 in bitcoin", S.DEMAND_MONEY),
        ("de", "dann lösche ich alles", S.THREAT_TO_EXPOSE),
        ("fr", "et je supprime tout", S.THREAT_TO_EXPOSE),
        ("es", "y borro todo", S.THREAT_TO_EXPOSE),
        ("pt", "e apago tudo", S.THREAT_TO_EXPOSE),
        ("it", "e cancello tutto", S.THREAT_TO_EXPOSE),
        ("nl", "en ik verwijder alles", S.THREAT_TO_EXPOSE),
        ("ja", "全部消してやる", S.THREAT_TO_EXPOSE),
    ],
    "dialect, mixed language, romaji and katakana": [
        ("de", "i stells auf TikTok", S.THREAT_TO_EXPOSE),
        ("de", "du woaßt eh welche", S.INTIMATE_MATERIAL),
        ("it", "la vedono pure i tuoi", S.THREAT_TO_EXPOSE),
        ("nl", "of ik post het", S.THREAT_TO_EXPOSE),
        ("nl", "naar al je followers", S.AUDIENCE),
        ("ja", "ヌード", S.INTIMATE_MATERIAL),
        ("ja", "kazoku ni baramaku", S.THREAT_TO_EXPOSE),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"), signal_cases(FAMILIES))
def test_family_signal(lang: str, text: str, kind: SignalType) -> None:
    assert_signal(lang, text, kind)


POSITIVES = [
    (
        "en",
        "Posting this for my nephew (16). A girl he chatted with got him to send photos and"
        " now says she'll post them to his whole class unless he pays tonight.",
    ),
    (
        "de",
        "Ich schreibe für meinen Sohn. Jemand hat Bilder von ihm und sagt, er stellt sie"
        " ins Netz, wenn er nicht zahlt.",
    ),
    (
        "fr",
        "J'écris pour ma fille. Un garçon a enregistré leur appel vidéo et menace de les"
        " envoyer à toute sa classe si elle ne paie pas 200 €.",
    ),
    (
        "es",
        "Escribo por mi hijo. Un tipo grabó su videollamada y dice que los va a subir si no"
        " le paga 100 euros.",
    ),
    (
        "pt",
        "Sou mãe de uma menina de 14. Um cara pediu fotos e agora exige dinheiro, senão"
        " manda pro grupo da turma dela.",
    ),
    (
        "it",
        "Scrivo per mio fratello: la sua ex ha ancora le foto di quando stavano insieme e le"
        " manda ai suoi colleghi se non torna con lei.",
    ),
    (
        "nl",
        "Ik schrijf namens mijn dochter. Iemand heeft foto's van haar en dreigt het naar"
        " haar hele klas te sturen als zij niet betaalt.",
    ),
    (
        "ja",
        "娘のことで相談です。ビデオ通話を録画されて、お金を払わないと学校中にばらまくと言われています。",
    ),
    (
        "en",
        "If you don't drop the complaint by Monday, what you sent me last summer ends up on"
        " a site with your name. You know which one.",
    ),
    ("de", "Zieh die Anzeige zurück, sonst bekommt deine Familie die Videos. Du weißt welche."),
    ("es", "300 en bitcoin y borro todo. Si no, tus padres lo ven hoy."),
    ("it", "Dammi 300 e cancello tutto, sennò lo mando a tua madre."),
    ("nl", "bro ik heb je video. 200 via tikkie of ik post het naar al je followers."),
    ("ja", "omae no hadaka no gazou motteru. 3man okure. kazoku ni baramaku zo"),
]


@pytest.mark.parametrize(("lang", "text"), POSITIVES)
def test_family_positive(lang: str, text: str) -> None:
    assert_read_as(Label.SEXTORTION, text)


NEGATIVES = [
    "Writing for my son: how do I talk to him about sextortion before he gets a phone?",
    "Ich schreibe für meine Tochter: wie spreche ich mit ihr über Sextortion?",
    "Escribo por mi hija: ¿cómo le hablo de la sextorsión sin asustarla?",
    "Ik schrijf namens mijn zoon: hoe praat ik met hem over sextortion?",
    "J'écris pour mon fils de 14 ans : comment lui parler des risques en ligne ?",
    "娘のことで相談です。スマホを持たせる前に何を話せばいいですか",
    "Scrivo per una mia amica: come si cambia la password del profilo?",
    "my ex wants his stuff back, he says he'll come get it tonight",
    "mein Ex will seine Sachen zurück, er sagt er holt sie morgen",
    "Can you send the pics from that night to the group chat? They were hilarious",
    "She dropped the report last week and moved on.",
    "Puoi pubblicare altre foto del tramonto? Alla mia famiglia sono piaciute tanto.",
    "I'm exposing the councillor tomorrow: screenshots of him promising the contract"
    " to his brother.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_family_negative(text: str) -> None:
    assert_read_as(Label.NOT_SEXTORTION, text)


def test_inverted_question_marks_are_punctuation() -> None:
    # "¿" and "¡" glued to a word hid it from every lexicon ("¿me vas a pagar?").
    found = {signal.type for signal in detect("¡Paga ya! ¿Cómo le hablo de esto?").signals}
    assert S.NEWS_OR_ADVICE in found
