"""Normalisation folds obfuscation away while every span still lands on the original text."""

# ruff: noqa: RUF001, RUF003  (look-alike characters are what is tested)
from __future__ import annotations

import pytest

from haven.detection import SignalType, detect
from haven.detection.normalise import normalise

OBFUSCATED = [
    ("fullwidth", "Ｉ ｗｉｌｌ ｓｅｎｄ your ｎｕｄｅｓ to your wife", "ｎｕｄｅｓ"),
    ("math letters", "I have your 𝐧𝐮𝐝𝐞𝐬, pay me", "𝐧𝐮𝐝𝐞𝐬"),
    (
        "zero width",
        "I have your n\u200bu\u200bd\u200be\u200bs, pay me",
        "n\u200bu\u200bd\u200be\u200bs",
    ),
    ("spaced letters", "I have your n u d e s, pay me", "n u d e s"),
    ("dotted letters", "I have your n.u.d.e.s, pay me", "n.u.d.e.s"),
    ("leetspeak", "I have your n00dz, pay me", "n00dz"),
    ("repeated letters", "I have your nuuuuudes, pay me", "nuuuuudes"),
    ("cyrillic look-alikes", "I have your nudеs, pay me", "nudеs"),  # the е is Cyrillic
    (
        "combining marks",
        "I have your n\u0301u\u0301d\u0301e\u0301s, pay me",
        "n\u0301u\u0301d\u0301e\u0301s",
    ),
]


@pytest.mark.parametrize(("name", "text", "word"), OBFUSCATED, ids=[case[0] for case in OBFUSCATED])
def test_obfuscated_words_are_found_with_exact_spans(name, text, word):
    signals = detect(text, lang="en").of_type(SignalType.INTIMATE_MATERIAL)
    assert signals, f"{name}: no intimate_material signal"
    assert any(text[s.start : s.end] == s.match and word in s.match for s in signals)


def test_html_of_a_fediverse_post_is_stripped_and_spans_point_into_the_html():
    html = (
        '<p>I have your nudes.</p><p>Pay 200 via PayPal or I send them to <span class="h-card">'
        '<a href="https://social.example/@jo" class="u-url mention">@<span>jo</span></a></span>'
        " &amp; all your followers.</p>"
    )
    result = detect(html, lang="en")
    assert result.is_sextortion
    for signal in result.signals:
        assert html[signal.start : signal.end] == signal.match
        assert "<p>" not in signal.match
    assert any(s.type is SignalType.NAMED_ACCOUNT and "jo" in s.match for s in result.signals)


def test_links_become_one_token_so_words_in_an_address_do_not_count():
    text = "Read this: https://news.example/nudes-leak-pay-bitcoin-your-family"
    assert not detect(text, lang="en").signals


def test_payment_links_stay_readable():
    signals = detect("send it to paypal.me/someone.example now", lang="en").signals
    assert any(s.type is SignalType.DEMAND_MONEY for s in signals)


def test_emoji_stand_ins_become_words():
    result = detect("💰 or 📸 go to your fam ⏳", lang="en")
    kinds = {s.type for s in result.signals}
    assert {SignalType.DEMAND_MONEY, SignalType.AUDIENCE, SignalType.DEADLINE} <= kinds
    for signal in result.signals:
        assert "💰 or 📸 go to your fam ⏳"[signal.start : signal.end] == signal.match


def test_numbers_are_not_leetspeak():
    text = normalise("pay $500 within 24h, I'm 15yo").text
    assert "500" in text and "24h" in text and "15yo" in text


def test_normalised_text_has_single_spaces_and_no_punctuation():
    assert normalise("Hello,   WORLD!!  (ok)... bye.").text.split(" ") == [
        "hello",
        "world",
        "ok",
        "bye",
        "",
    ]


def test_original_span_round_trips_through_every_layer():
    text = "<p>Ｓｅｎｄ   n u d e s &amp; 💰!!</p>"
    normalised = normalise(text)
    start = normalised.text.index("nudes")
    begin, end = normalised.original_span(start, start + len("nudes"))
    assert text[begin:end] == "n u d e s"
