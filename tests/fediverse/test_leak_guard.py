"""The leak guard refuses a text towards a server that carries the victim or the report."""

from __future__ import annotations

import pytest

from haven.cases import actions, intake, notes
from haven.fediverse import leak_guard

pytestmark = pytest.mark.django_db

# Synthetic texts, written for these tests.
REPORTS = {
    "en": "He says he will send the video from our call to my sister unless I pay him tonight.",
    "de": "Er schreibt, dass er das Video von unserem Anruf an meine Schwester schickt.",
    "es": "Dice que mandará el vídeo de nuestra llamada a mi hermana si no le pago hoy.",
    "fr": "Il dit qu'il enverra la vidéo de notre appel à ma sœur si je ne paie pas ce soir.",
    "pt": "Ele diz que vai mandar o vídeo da nossa chamada para a minha irmã se eu não pagar.",
    "ja": "彼は私がお金を払わないと通話の動画を妹に送ると言っています。",
}
NEUTRAL = "Your account has been suspended for breaking this server's rules."


@pytest.fixture
def case(personas):
    case = intake.receive_report(
        source="moderator",
        comment=REPORTS["en"],
        posts=[REPORTS[lang] for lang in ("de", "es", "fr", "pt", "ja")],
        acting_user=personas.moderator,
    )
    actions.add_party(case, "victim", acting_user=personas.moderator, acct="sunflower@home.example")
    actions.add_party(
        case, "perpetrator", acting_user=personas.moderator, acct="grabber@bad.example"
    )
    actions.add_party(case, "witness", acting_user=personas.moderator, label="Robin Example")
    return case


def test_a_neutral_strike_text_passes(case):
    result = leak_guard.check(case, NEUTRAL)
    assert result.ok, result.reasons
    assert leak_guard.check(case, "").ok


def test_the_perpetrators_own_handle_may_be_named(case):
    assert leak_guard.check(case, "Suspended: @grabber@bad.example broke rule 3.").ok


@pytest.mark.parametrize(
    "text",
    [
        "Reported by sunflower@home.example",
        "Reported by @SUNFLOWER@home.example",
        "sunflower asked us to act",
        "Robin Example saw it",
    ],
)
def test_the_victims_or_a_witnesss_name_is_refused(case, text):
    result = leak_guard.check(case, text)
    assert not result.ok
    assert result.reasons == ("it names the victim, the reporter or a witness",)


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "pt", "ja"])
def test_a_sentence_of_the_report_is_refused_in_every_language(case, lang):
    sentence = REPORTS[lang]
    excerpt = sentence[len(sentence) // 4 : len(sentence) * 3 // 4]
    result = leak_guard.check(case, f"{NEUTRAL} {excerpt}")
    assert not result.ok, lang
    assert any("sentence" in reason for reason in result.reasons)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" else c for c in text)


def test_copied_text_is_found_through_case_and_width_changes(case):
    assert not leak_guard.check(case, "THE VIDEO FROM OUR CALL TO MY SISTER").ok
    assert not leak_guard.check(case, _full_width("the video from our call")).ok


def test_an_internal_note_is_protected_too(case, personas):
    notes.add_note(
        case, "Victim lives near the old harbour market.", acting_user=personas.moderator
    )
    result = leak_guard.check(case, "We saw you near the old harbour market.")
    assert result.reasons == ("a sentence of the case's notes",)


def test_the_case_id_is_refused(case):
    assert leak_guard.check(case, f"ref {case.pk}").reasons == ("it holds the case's id",)


def test_the_reason_never_quotes_the_text(case):
    result = leak_guard.check(case, REPORTS["en"])
    for reason in result.reasons:
        assert "video" not in reason and "sister" not in reason
