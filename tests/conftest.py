from __future__ import annotations

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts.models import User
from haven.testing.personas import PASSWORD, Personas, current_token, make_personas


@pytest.fixture
def personas(db: None) -> Personas:
    return make_personas()


def _verified_client(user: User) -> Client:
    # Tests sign the same person in several times within one 30-second step;
    # forget the last used step so replay protection (tested on its own) allows it.
    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    client = Client(secure=True)
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "password step failed"
    response = client.post("/accounts/verify/", {"token": current_token(user)})
    assert response.status_code == 302, "second-factor step failed"
    return client


@pytest.fixture
def login():
    """``login(user)`` returns a test client signed in with password and TOTP."""
    return _verified_client


@pytest.fixture(scope="session", autouse=True)
def _haven_data_dir() -> None:
    from haven.crypto.datadir import initialise

    initialise()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from django.conf import settings

    on_postgres = "postgresql" in settings.DATABASES["default"]["ENGINE"]
    skip = pytest.mark.skip(reason="runs in the PostgreSQL pass of scripts/test")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip)
