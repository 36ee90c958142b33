"""Bad input on the report page: huge texts, markup and script, floods from one address."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from haven.cases.models import Case
from haven.portal import report_throttle
from haven.portal.models import GuessCount
from haven.portal.report_form import MAX_HAPPENING
from haven.portal.throttle import TooManyAttempts
from tests.portal.report_helpers import PORTAL, code_in, send, token_of

pytestmark = pytest.mark.django_db

MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'
TEXT_FIELDS = ["happening", "who", "own_handle", "outcome", "safety"]
MEGABYTE = 1_000_000


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_megabyte_in_any_field_is_refused_clearly_and_the_rest_is_kept(
    client: Client, field: str
) -> None:
    fields = {"outcome": "Please ban him.", "happening": "He threatens me.", field: "a" * MEGABYTE}
    if field == "outcome":
        fields["safety"] = "Please ban him."
    page = send(client, fields)
    assert page.status_code == 400
    html = page.content.decode()
    assert "This is longer than" in html and "Please shorten it" in html
    assert "Please ban him." in html, "the other answers are kept in the form"
    assert not Case.objects.exists()


def test_more_than_the_page_takes_at_once_is_refused_on_a_discreet_page(
    client: Client, settings
) -> None:
    token = token_of(client)
    page = client.post(
        PORTAL,
        {
            "form_token": token,
            "happening": "<b>" * (settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES // 3 + 10),
        },
    )
    assert page.status_code == 413
    html = page.content.decode()
    assert "too much to send at once" in html
    assert settings.HAVEN_QUICK_EXIT_URL in html
    assert f"<title>{settings.HAVEN_PORTAL_TITLE}</title>" in html
    assert not Case.objects.exists()


def test_the_longest_allowed_text_is_kept(client: Client) -> None:
    page = send(client, {"happening": "b" * MAX_HAPPENING})
    assert page.status_code == 200
    assert Case.objects.count() == 1


def test_markup_and_script_in_every_field_are_shown_as_text(client: Client) -> None:
    fields = dict.fromkeys(TEXT_FIELDS, MARKUP)
    fields.update(where=MARKUP, under_18=MARKUP, danger=MARKUP, country=MARKUP)
    page = send(client, fields)
    html = page.content.decode()
    assert page.status_code == 400, "the choices are refused"
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert not Case.objects.exists()


def test_markup_and_script_in_every_text_are_kept_as_written(client: Client) -> None:
    fields = dict.fromkeys(TEXT_FIELDS, MARKUP)
    page = send(client, fields)
    assert page.status_code == 200
    html = page.content.decode()
    assert "<script>alert" not in html
    assert len(code_in(page).split()) == 7
    assert Case.objects.count() == 1


def test_ten_thousand_sends_from_one_address_are_throttled_and_none_genuine_is_lost() -> None:
    now = timezone.now()
    flood = "198.51.100.7"
    refused = 0
    for _ in range(10_000):
        try:
            report_throttle.spend_submission(flood, now=now)
        except TooManyAttempts as limited:
            refused += 1
            assert limited.retry_after > 0
            assert "Too many reports were sent from here" in limited.message
    assert refused == 10_000 - report_throttle.PER_ADDRESS.attempts
    # Everyone else still gets through: the flood did not use up the desk's limit.
    report_throttle.spend_submission("203.0.113.20", now=now)
    # And the same address again once its hour is over.
    later = now + report_throttle.PER_ADDRESS.window
    report_throttle.spend_submission(flood, now=later)
    assert GuessCount.objects.filter(who=flood).count() == 0, "no address is stored"


def test_a_flood_through_the_page_keeps_the_reports_before_and_after(settings) -> None:
    flood = Client(REMOTE_ADDR="198.51.100.8")
    other = Client(REMOTE_ADDR="203.0.113.21")
    before = send(flood, {"happening": "genuine before"})
    assert before.status_code == 200
    for _ in range(report_throttle.PER_ADDRESS.attempts - 1):
        assert send(flood, {"happening": "flood"}).status_code == 200
    limited = send(flood, {"happening": "one too many, but genuine"})
    assert limited.status_code == 429
    html = limited.content.decode()
    assert "Too many reports were sent from here" in html
    assert "minutes" in html
    assert "one too many, but genuine" in html, "the text stays in the form"
    assert int(limited["Retry-After"]) > 0
    after = send(other, {"happening": "genuine after, from elsewhere"})
    assert after.status_code == 200
    assert Case.objects.count() == report_throttle.PER_ADDRESS.attempts + 1


def test_the_desk_wide_limit_holds_across_addresses() -> None:
    now = timezone.now()
    for n in range(report_throttle.GLOBAL.attempts):
        report_throttle.spend_submission(f"2001:db8:{n:x}::1", now=now)
    with pytest.raises(TooManyAttempts) as limited:
        report_throttle.spend_submission("2001:db8:ffff::1", now=now)
    assert limited.value.code == "too_many_reports_global"
    report_throttle.spend_submission("2001:db8:ffff::1", now=now + report_throttle.GLOBAL.window)
