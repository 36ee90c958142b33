"""Behind a proxy, throttling is by the client's address, not the proxy's."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory, override_settings

from haven.accounts.client_ip import client_ip
from haven.testing.personas import PASSWORD, make_user


@pytest.mark.parametrize(
    ("behind_proxy", "forwarded", "expected"),
    [
        (False, "198.51.100.7", "10.0.0.1"),
        (True, "198.51.100.7", "198.51.100.7"),
        (True, "203.0.113.9, 198.51.100.7", "198.51.100.7"),  # the proxy appended the last
        (True, "", "10.0.0.1"),
        (True, "not-an-address", "10.0.0.1"),
    ],
)
def test_client_ip(behind_proxy, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(HAVEN_BEHIND_PROXY=behind_proxy):
        assert client_ip(request) == expected


@override_settings(HAVEN_BEHIND_PROXY=True)
def test_one_attacker_behind_the_proxy_does_not_lock_out_the_team(db):
    make_user("victim-of-lockout")
    member = make_user("other-member")
    attacker = Client(secure=True, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.66")
    for i in range(6):
        attacker.post("/accounts/login/", {"username": f"nobody{i}", "password": "wrong"})
    assert (
        attacker.post(
            "/accounts/login/", {"username": member.username, "password": PASSWORD}
        ).status_code
        == 429
    )
    colleague = Client(secure=True, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.2")
    response = colleague.post(
        "/accounts/login/", {"username": member.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/verify/")
