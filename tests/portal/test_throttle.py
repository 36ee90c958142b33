"""PUB-4, PUB-10: guessing is limited per address and for the desk; no address is kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from haven.cases.models import Case
from haven.portal import codes, throttle, words
from haven.portal.models import GuessCount
from tests.cases.helpers import database_contains

ADDRESS = "203.0.113.7"


def test_an_address_is_stopped_after_its_limit_with_the_wait(db: None) -> None:
    for _ in range(throttle.PER_ADDRESS.attempts):
        with pytest.raises(codes.WrongCode):
            codes.verify_code(words.new_code(), address=ADDRESS)
    with pytest.raises(throttle.TooManyAttempts) as stopped:
        codes.verify_code(words.new_code(), address=ADDRESS)
    assert stopped.value.code == "too_many_attempts"
    assert stopped.value.http_status == 429
    assert 0 < stopped.value.retry_after <= 3600
    assert "Please wait" in stopped.value.message
    assert "minute" in stopped.value.message
    # Another address is not held up by this one.
    with pytest.raises(codes.WrongCode):
        codes.verify_code(words.new_code(), address="203.0.113.8")


def test_the_limit_holds_for_the_right_code_too(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    for _ in range(throttle.PER_ADDRESS.attempts):
        throttle.spend_attempt(ADDRESS)
    with pytest.raises(throttle.TooManyAttempts):
        codes.verify_code(issued.code, address=ADDRESS)


def test_an_ipv6_address_is_counted_by_its_64(db: None) -> None:
    for i in range(throttle.PER_ADDRESS.attempts):
        throttle.spend_attempt(f"2001:db8:1:2::{i + 1:x}")
    with pytest.raises(throttle.TooManyAttempts):
        throttle.spend_attempt("2001:db8:1:2:ffff::1")
    throttle.spend_attempt("2001:db8:1:3::1")


def test_the_desk_as_a_whole_is_limited(db: None) -> None:
    now = timezone.now()
    for i in range(throttle.GLOBAL.attempts):
        throttle.spend_attempt(f"10.{i // 250}.{i % 250}.1", now=now)
    with pytest.raises(throttle.TooManyAttempts) as stopped:
        throttle.spend_attempt("192.0.2.99", now=now)
    assert stopped.value.code == "too_many_attempts_global"
    assert 0 < stopped.value.retry_after <= 600
    assert "Please wait" in stopped.value.message


def test_the_window_passes_and_old_counts_are_deleted(db: None) -> None:
    now = timezone.now()
    for _ in range(throttle.PER_ADDRESS.attempts):
        throttle.spend_attempt(ADDRESS, now=now)
    with pytest.raises(throttle.TooManyAttempts):
        throttle.spend_attempt(ADDRESS, now=now)
    later = now + timedelta(hours=2, minutes=1)
    throttle.spend_attempt(ADDRESS, now=later)
    assert not GuessCount.objects.filter(window_start__lt=later - timedelta(hours=1)).exists()


def test_no_address_is_stored(db: None) -> None:
    for address in (ADDRESS, "2001:db8:1:2::1"):
        with pytest.raises(codes.WrongCode):
            codes.verify_code(words.new_code(), address=address)
    assert database_contains(ADDRESS) == []
    assert database_contains("2001:db8") == []
    assert all(
        len(w) == 64 or w == throttle.EVERYONE
        for w in GuessCount.objects.values_list("who", flat=True)
    )
