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
