"""Words alone score low; a threat to expose intimate material with a demand scores high."""

from __future__ import annotations

import pytest

from haven.detection import THRESHOLD, Label, detect
from haven.detection.detection import Signal, SignalType
from haven.detection.scoring import score


@pytest.mark.parametrize(
    "text",
    [
        "nudes",
        "expose",
        "pay",
        "bitcoin",
        "your family",
        "send me more pics",
        "I'll expose your lies",
        "leak",
    ],
)
def test_single_words_and_lone_signals_score_low(text):
    assert detect(text, lang="en").score < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "I have your nudes. Pay $500 in bitcoin or I send them to all your followers.",
        "Someone is threatening to post my photos unless I pay. What do I do?",
        "Beware of @x@evil.example: this account is sextorting people and demanding gift cards.",
    ],
)
def test_threats_disclosures_and_named_warnings_score_high(text):
    result = detect(text, lang="en")
    assert result.label is Label.SEXTORTION
    assert result.score >= THRESHOLD


def test_news_that_describes_a_threat_stays_below_threshold():
    text = (
        "Police warn of a rise in sextortion: scammers threaten to share intimate images "
        "unless victims pay. Never pay, report it."
    )
    assert detect(text, lang="en").label is Label.NOT_SEXTORTION


@pytest.mark.parametrize(
    "text",
    [
        "Send the photos from the birthday to your mom, she hasn't seen them.",
        "Schick die Fotos vom Geburtstag an deine Mutter, sie hat sie noch nicht gesehen.",
        "My sister says she'll send the photos from the trip tomorrow.",
        "Ela disse que vai mandar as fotos da viagem amanhã.",
    ],
)
def test_photos_for_the_family_or_reported_plans_are_not_threats(text):
    # An audience and a photo without a threat or a demand, or someone reported
    # to be sending photos with nothing at stake, stay below the threshold.
    assert detect(text).label is Label.NOT_SEXTORTION


def test_two_weak_signals_of_a_type_count_as_one_strong():
    weak = Signal(SignalType.INTIMATE_MATERIAL, 0, 1, "x", 0.5)
    threat = Signal(SignalType.THREAT_TO_EXPOSE, 2, 3, "y")
    assert score([weak, weak, threat]) > score([weak, threat])


def test_score_is_a_probability():
    assert 0.0 < detect("").score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        # photos of an ordinary occasion, promised to a family audience
        "The teacher said she will send the class photos to your parents next week.",
        "La profesora dijo que va a enviar las fotos de la clase a tus padres.",
        "Le prof a dit qu'il va envoyer les photos de classe à tes parents.",
        "Il prof ha detto che manderà le foto del matrimonio ai tuoi genitori.",
        "家族に旅行の写真を見せるって言ってたよ",
        # a joke about embarrassing, not intimate, material
        "lol my sister threatened to post my karaoke video if I don't do the dishes",
        "Mi hermano amenaza con subir mis fotos del cumpleaños si no hago sus tareas",
    ],
)
def test_everyday_material_is_not_sextortion(text):
    result = detect(text)
    assert result.of_type(SignalType.EVERYDAY_CONTEXT), text
    assert result.label is Label.NOT_SEXTORTION


@pytest.mark.parametrize(
    "text",
    [
        "He wants me to pay for half the hotel, what should I do?",
        "Ele quer que eu pague metade do aluguel, o que eu faço?",
        "Il veut que je paie la moitié du loyer, je fais quoi ?",
        "Er will, dass ich die Hälfte der Miete zahle, was soll ich tun?",
        "Hij wil dat ik de helft van de huur betaal, wat moet ik doen?",
        "Vou expor essa loja nas redes se não devolverem o meu dinheiro.",
    ],
)
def test_a_demand_for_an_ordinary_purpose_is_not_sextortion(text):
    result = detect(text)
    assert result.of_type(SignalType.EVERYDAY_CONTEXT), text
    assert result.label is Label.NOT_SEXTORTION


@pytest.mark.parametrize(
    "text",
    [
        # a hesitant disclosure with nothing ordinary about it stays a disclosure
        "He wants me to pay, what should I do?",
        # Material intimate by itself, or a threat with a demand, shields everyday
        # words. The disclosure phrase ("he has my", "me pide") only looks at the
        # material and the amount, which then count as what they are.
        "He has my nudes and wants $500, that is half my rent.",
        "He recorded our video call and wants $300 or he sends it to my parents, half my rent",
        "Tiene mis nudes y me pide 500 €, la mitad del alquiler.",
        "Il a mes nudes et me demande 500 €, la moitié du loyer.",
        "Ha le mie foto intime e mi chiede 500 €, metà dell'affitto.",
        "Er hat meine Nacktbilder und will 500 €, die Hälfte der Miete.",
        "Tengo tus fotos íntimas: paga 300 € o se las mando a tus padres con las de la boda.",
    ],
)
def test_everyday_words_do_not_hide_a_threat_or_a_disclosure(text):
    assert detect(text).label is Label.SEXTORTION


@pytest.mark.parametrize(
    "text",
    [
        "lol he has my nudes and says pay $500 or he posts them",
        "someone is threatening to post my pics unless I pay lol what do I do",
        "haha ich hab deine Nacktbilder, zahl 300 Euro oder deine Familie sieht sie",
        "Tu crois que c'est une blague ? J'envoie tes nudes à ta famille si tu ne paies pas.",
        "No es broma, mando tus fotos íntimas a tu familia si no pagas.",
        "Non è uno scherzo: pubblico le tue foto intime se non paghi 500 euro.",
        "Dit is geen grapje, ik stuur je naaktfoto's naar je ouders als je niet betaalt.",
    ],
)
def test_banter_or_its_denial_does_not_hide_a_threat(text):
    # Laughter is shielded by a disclosure and by intimate material; "this is no
    # joke" is not banter at all.
    assert detect(text).label is Label.SEXTORTION


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("send me more pics tonight lol", "en"),
        ("envoie-moi d'autres photos ce soir mdr", "fr"),
        ("mándame más fotos esta noche jajaja", "es"),
        ("schick mir mehr Fotos heute Abend, nur Spaß", "de"),
        ("manda mais fotos hoje à noite, tô brincando", "pt"),
        ("mandami altre foto stasera, sto scherzando", "it"),
    ],
)
def test_banter_is_found_and_lowers_the_score(text, lang):
    # Not when the text has the shape of a threat: see the test below.
    result = detect(text, lang=lang)
    (banter,) = result.of_type(SignalType.BANTER)
    without = text[: banter.start] + text[banter.end :]
    assert result.score < detect(without, lang=lang).score


def test_everyday_context_is_shielded_only_by_what_is_specific_to_sextortion():
    disclosure = Signal(SignalType.VICTIM_DISCLOSURE, 0, 1, "x")
    everyday = Signal(SignalType.EVERYDAY_CONTEXT, 2, 3, "y")
    intimate = Signal(SignalType.INTIMATE_MATERIAL, 4, 5, "z")
    # A first-person report of ordinary material is lowered...
    assert score([disclosure, everyday]) < THRESHOLD <= score([disclosure])
    # ...unless the material is intimate by itself.
    assert score([disclosure, everyday, intimate]) == score([disclosure, intimate])
    # A disclosure shields banter, as it shields news or fiction, and so does the
    # shape of a threat: a threat with a demand, or exposure under coercion.
    banter = Signal(SignalType.BANTER, 2, 3, "y")
    assert score([disclosure, banter]) == score([disclosure])
    threat = [
        Signal(SignalType.THREAT_TO_EXPOSE, 0, 1, "t"),
        Signal(SignalType.DEMAND_MONEY, 0, 1, "d"),
    ]
    assert score([*threat, banter]) == score(threat)
    assert score([*threat, everyday]) == score(threat)
    assert score([threat[0], everyday]) < score([threat[0]])
