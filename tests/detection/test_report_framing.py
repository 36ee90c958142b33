"""Precision round 4: texts that frame a case as someone else's report, and what must stay positive.

Moderators' questions that quote a report ("when someone reports 'he's threatening
to leak my nudes'"), court and police reports, "exposing" threads about coaches
and scammers, recaps, debts, house photos and a karaoke video, each in several
languages with the signal that explains the low score; next to victims who quote
their threat, parents, and moderators forwarding a specific member's case.
"""

# ruff: noqa: E501, RUF001  (whole texts in eight languages, Japanese punctuation)
from __future__ import annotations

import pytest

from haven.detection import Label, detect
from haven.detection.detection import Signal, SignalType
from haven.detection.scoring import score

S = SignalType

NEGATIVES = [
    # 1. a moderators' question that quotes a generic report
    (
        S.REPORT_FRAMING,
        "Question for other admins: when someone reports that an account is threatening to post their nudes, do you suspend right away or wait for screenshots?",
    ),
    (
        S.REPORT_FRAMING,
        "We keep getting reports that just say 'he's blackmailing me, he has my nudes'. How do other instances triage these?",
    ),
    (
        S.REPORT_FRAMING,
        "Wie geht ihr mit Meldungen um, in denen jemand schreibt „er droht, meine Nacktbilder zu veröffentlichen“, ohne Beweise?",
    ),
    (
        S.REPORT_FRAMING,
        "Quand un signalement dit juste « il menace de publier mes photos intimes », vous suspendez direct ?",
    ),
    (
        S.REPORT_FRAMING,
        "Cuando alguien reporta «me amenaza con publicar mis fotos íntimas» sin capturas, ¿qué hacen?",
    ),
    (
        S.REPORT_FRAMING,
        'Quando a denúncia é só "ele está ameaçando vazar minhas fotos íntimas", vocês suspendem na hora?',
    ),
    (
        S.REPORT_FRAMING,
        "Quando una segnalazione dice solo «mi minaccia di pubblicare le mie foto intime», sospendete subito?",
    ),
    (
        S.REPORT_FRAMING,
        "Hoe gaan jullie om met meldingen als 'hij dreigt mijn naaktfoto's te lekken' zonder screenshots?",
    ),
    (
        S.REPORT_FRAMING,
        "「裸の写真をばらまくと脅されている」という通報で、証拠がない場合はどうしていますか？",
    ),
    # 2. court and police reports
    (
        S.REPORT_FRAMING,
        "A man was jailed for six years for blackmailing men he met online. The court heard he demanded bitcoin and threatened to send the clips to their families.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "La Policía alerta: los delincuentes consiguen imágenes íntimas y exigen dinero amenazando con enviarlas a sus seguidores.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "A polícia alerta: os criminosos conseguem imagens íntimas e exigem dinheiro ameaçando enviar o material aos seguidores.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "警察によると、性的な画像を送らされ「払わなければ拡散する」と脅されるセクストーションの相談が急増している。",
    ),
    # 3. exposing a coach or scammer
    (
        S.NOT_INTIMATE,
        "Tengo capturas, el video de su directo donde lo admite y los DMs. Este «coach» vende el mismo PDF. Ya me amenazó con demandarme.",
    ),
    (
        S.NOT_INTIMATE,
        "Ik heb de receipts, screenshots en een video van zijn livestream. Deze 'crypto coach' dreigt met een advocaat.",
    ),
    (
        S.NOT_INTIMATE,
        "Going to expose this life coach: she fakes every testimonial and charges $2k for a PDF. I have the screenshots, thread tonight.",
    ),
    # 4. recaps, debts, house photos, a karaoke video, a parent's question, server rules
    (
        S.FICTION,
        "Anoche se supo que el que mandaba los mensajes de «paga o todos verán el video» era el chofer. Qué giro, no puedo dejar de verla.",
    ),
    (
        S.NOT_INTIMATE,
        "si tu me payes pas un kebab ce soir j'envoie la vidéo de toi qui chantes au karaoké dans le groupe de la famille, t'as jusqu'à 20h",
    ),
    (
        S.NOT_INTIMATE,
        "Mi può mandare altre foto della casa prima che versi la caparra? Altrimenti prendo l'altra.",
    ),
    (
        S.NOT_INTIMATE,
        "Laatste aanmaning van de deurwaarder: betaal 1.240 euro binnen 8 dagen, anders wordt uw werkgever gecontacteerd.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "My 13yo just got her first phone. How do I bring up sextortion with her without making it sound like I don't trust her?",
    ),
    (
        S.POLICY_DISCUSSION,
        "Änderung der Serverregeln: Das Verbreiten intimer Aufnahmen ohne Einwilligung führt zur sofortigen Sperrung.",
    ),
]

POSITIVES = [
    # moderators forwarding a specific member's case
    "Mod here. A member just reported that @lukas@social.example is threatening to leak her nudes unless she pays him $300 by tonight. What do I do?",
    "Ein Mitglied hat mir gerade geschrieben: @tom@example.social droht, ihre Nacktbilder an ihre Familie zu schicken, wenn sie nicht bis heute Abend 300 Euro zahlt.",
    "Una usuaria acaba de reportar que @marco@example.social le exige 300 € o manda sus fotos íntimas a su familia esta noche. ¿Qué hago?",
    # a victim who quotes the threat, also to the moderators
    "He sent me this: 'pay 300 or your family sees the video'. I'm so scared, he's threatening to post my nudes tonight.",
    "Question aux modos : il menace de publier mes nudes si je ne paie pas 200 € ce soir, vous pouvez faire quelque chose ?",
    "Pregunta a los moderadores: me amenaza con filtrar mis nudes si no le pago 200 € hoy. ¿Pueden hacer algo?",
    # a parent's report
    "Ik schrijf voor mijn zoon van 15. Hij wordt gechanteerd: iemand heeft zijn naaktfoto's en wil 200 euro, anders stuurt hij ze naar zijn hele school. Wat moeten we doen?",
    "Mio figlio di 14 anni è ricattato: un account ha le sue foto intime e minaccia di mandarle a tutta la scuola se non paga 200 euro.",
    "中学生の娘が、裸の写真をばらまくと脅されていて、お金を要求されています。どうしたらいいですか",
    # the webcam e-mail whose "violato" was read as policy talk
    "Il tuo account è stato violato. Ti ho registrato con la webcam mentre visitavi siti per adulti. Trasferisci 1.100 € in Bitcoin entro 48 ore, altrimenti invierò il video a tutti i tuoi contatti.",
]


@pytest.mark.parametrize(("kind", "text"), NEGATIVES)
def test_reported_or_ordinary_cases_are_not_sextortion(kind, text):
    result = detect(text)
    assert result.label is Label.NOT_SEXTORTION, (result.score, result.signals)
    assert kind in result.signal_types


@pytest.mark.parametrize("text", POSITIVES)
def test_victims_parents_and_forwarded_cases_stay_sextortion(text):
    result = detect(text)
    assert result.label is Label.SEXTORTION, (result.score, result.signals)


def _signal(kind: SignalType, weight: float = 1.0) -> Signal:
    return Signal(kind, 0, 1, "x", weight)


def test_a_disclosure_does_not_shield_a_generic_report():
    disclosure = [
        _signal(S.VICTIM_DISCLOSURE),
        _signal(S.INTIMATE_MATERIAL),
        _signal(S.THREAT_TO_EXPOSE),
    ]
    assert score([*disclosure, _signal(S.POLICY_DISCUSSION)]) == score(disclosure)
    assert score([*disclosure, _signal(S.REPORT_FRAMING)]) < 0.5 <= score(disclosure)


def test_only_a_full_weight_disclosure_phrase_shields_news():
    weak = _signal(S.VICTIM_DISCLOSURE, 0.5)
    case = [
        _signal(S.INTIMATE_MATERIAL),
        _signal(S.THREAT_TO_EXPOSE),
        _signal(S.DEMAND_MONEY),
        _signal(S.NEWS_OR_ADVICE),
    ]
    assert score([weak, weak, *case]) < 0.5 <= score([_signal(S.VICTIM_DISCLOSURE), *case])
