"""Recall round 3 (holdout9): paradigms rather than the seen sentences, each in several languages.

None of these texts is in a corpus file. The signal cases name the signal each
family must produce; the whole texts must be read as sextortion, and the
negatives (a family that liked the sunset photos, a cat picture, a shop asked
to delete a review, someone who came out, a date) must stay negative.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from haven.detection import Label, SignalType, detect
from tests.detection.families import assert_read_as, assert_signal, signal_cases

S = SignalType

FAMILIES = {
    "first-person audience": [
        ("en", "he wrote a message to my whole family", S.AUDIENCE),
        ("de", "er schickt sie an meinen Arbeitgeber", S.AUDIENCE),
        ("de", "und schickt sie meinen Kindern", S.AUDIENCE),
        ("fr", "il va les envoyer à mon mari", S.AUDIENCE),
        ("pt", "vai mandar pro meu chefe", S.AUDIENCE),
        ("nl", "een berichtje naar mijn werkgever", S.AUDIENCE),
    ],
    "material that goes around by itself": [
        ("en", "your pics will go around", S.THREAT_TO_EXPOSE),
        ("fr", "tes photos circulent dans tout le lycée", S.THREAT_TO_EXPOSE),
        ("fr", "ta vidéo tourne sur le snap", S.THREAT_TO_EXPOSE),
        ("es", "tus fotos van al grupo", S.THREAT_TO_EXPOSE),
        ("es", "el video lo ve toda tu clase", S.THREAT_TO_EXPOSE),
        ("pt", "tuas fotos vão parar no grupo", S.THREAT_TO_EXPOSE),
        ("it", "le tue foto girano per tutta la scuola", S.THREAT_TO_EXPOSE),
        ("nl", "je foto's gaan rond", S.THREAT_TO_EXPOSE),
        ("de", "deine Bilder landen in der Klassengruppe", S.THREAT_TO_EXPOSE),
    ],
    "outing": [
        ("en", "I'll tell everyone you're gay", S.THREAT_TO_EXPOSE),
        ("de", "dass du schwul bist", S.THREAT_TO_EXPOSE),
        ("fr", "que tu es lesbienne", S.THREAT_TO_EXPOSE),
        ("es", "les digo que eres bisexual", S.THREAT_TO_EXPOSE),
        ("it", "lo sanno che ti vedi con uomini?", S.THREAT_TO_EXPOSE),
        ("nl", "weten ze dat je bi bent?", S.THREAT_TO_EXPOSE),
        ("ja", "お前がゲイだってこと", S.THREAT_TO_EXPOSE),
    ],
    "demands for an action": [
        ("en", "unblock me now", S.DEMAND_ACTION),
        ("en", "delete your review", S.DEMAND_ACTION),
        ("en", "give me your instagram", S.DEMAND_ACTION),
        ("de", "entsperr mich sofort", S.DEMAND_ACTION),
        ("de", "lösch deinen Beitrag", S.DEMAND_ACTION),
        ("fr", "supprime ton post", S.DEMAND_ACTION),
        ("fr", "viens seule", S.DEMAND_ACTION),
        ("es", "borra tu reseña", S.DEMAND_ACTION),
        ("es", "pásame tu cuenta", S.DEMAND_ACTION),
        ("pt", "apaga teu comentário", S.DEMAND_ACTION),
        ("it", "ritira la tua candidatura", S.DEMAND_ACTION),
        ("it", "sbloccami", S.DEMAND_ACTION),
        ("nl", "verwijder je review", S.DEMAND_ACTION),
        ("nl", "geef me je wachtwoord", S.DEMAND_ACTION),
        ("ja", "アカウント渡せ", S.DEMAND_ACTION),
        ("ja", "ブロック解除しろ", S.DEMAND_ACTION),
    ],
    "conditions and threats in other forms": [
        ("en", "if I don't hear from you by Friday", S.DEADLINE),
        ("nl", "anders deelt hij ze", S.THREAT_TO_EXPOSE),
        ("nl", "ge weet wel welke", S.INTIMATE_MATERIAL),
        ("ja", "来なかったら", S.DEADLINE),
        ("ja", "全部そこに載せたるからな", S.THREAT_TO_EXPOSE),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"), signal_cases(FAMILIES))
def test_family_signal(lang: str, text: str, kind: SignalType) -> None:
    assert_signal(lang, text, kind)


POSITIVES = [
    (
        "en",
        "Unblock me on everything. If I don't hear from you by Friday your boss gets the pics you sent me.",
    ),
    ("en", "Delete your post about me or the pics you sent me will go around your whole office."),
    ("de", "Entsperr mich bis heute Abend, sonst landen deine Nacktbilder in der Klassengruppe."),
    ("fr", "Supprime ton avis sinon les photos que tu m'envoyais circulent dans tout ton boulot."),
    ("es", "Borra tu reseña o tus fotos van al grupo de tu oficina."),
    ("es", "Pásame 300 euros o le enseño a tu madre las fotos y les cuento que eres lesbiana."),
    ("it", "Ho ancora le tue foto. 500 euro e spariscono, sennò girano per tutta la scuola."),
    ("pt", "Me desbloqueia ou as tuas fotos vão parar no grupo da família."),
    (
        "nl",
        "Iemand heeft beelden van mij en wil dat ik mijn account aan hem geef, anders deelt hij ze.",
    ),
    ("ja", "インスタのアカウント渡せや。渡さへんかったら、あの写真全部載せたるからな"),
]


@pytest.mark.parametrize(("lang", "text"), POSITIVES)
def test_positive(lang: str, text: str) -> None:
    assert_read_as(Label.SEXTORTION, text, lang)


NEGATIVES = [
    ("it", "Puoi pubblicare altre foto del tramonto? Alla mia famiglia sono piaciute tanto."),
    ("es", "¿Puedes subir más fotos del viaje? A mi familia le gustaron mucho."),
    ("en", "Please delete your review, we refunded the order yesterday."),
    ("en", "My brother finally told everyone he's gay and my parents were great about it."),
    ("fr", "Tu peux supprimer ton commentaire ? Il y a une faute dans le prix."),
    ("de", "Kannst du mich entsperren? Ich hab dich aus Versehen blockiert, sorry!"),
    ("nl", "Kom je alleen of neem je je zus mee naar het feest?"),
    ("ja", "猫の写真送るから待ってて"),
    ("es", "Te cuento que mi hermana es lesbiana y se casa en junio."),
    ("pt", "Vem sozinha ou com a tua irmã? A mesa é para quatro."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_negative(lang: str, text: str) -> None:
    assert_read_as(Label.NOT_SEXTORTION, text, lang)


def test_cuento_as_a_verb_is_not_fiction() -> None:
    assert S.FICTION not in detect("y de paso les cuento que eres gay", lang="es").signal_types
    assert S.FICTION in detect("en el cuento, el villano amenaza", lang="es").signal_types
