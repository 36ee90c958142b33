"""What the database holds of a second factor: a sealed TOTP seed and slow hashes of
recovery codes (REST-5), and the upgrade that converts what was stored in clear."""

from __future__ import annotations

from base64 import b32decode
from importlib import import_module

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import actions, seeds
from haven.accounts.models import RecoveryCode, RecoveryDevice, Role
from haven.crypto import get_keystore
from haven.testing.personas import PASSWORD, make_user
from tests.accounts.helpers import code_step, is_verified, new_client, password_step

pytestmark = pytest.mark.django_db


def _stored_key(device_id: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM otp_totp_totpdevice WHERE id = %s", [device_id])
        return str(cursor.fetchone()[0])


def _apps_at(migration: str):
    """The historical models a migration runs with: no model signals, as in a real upgrade."""
    return MigrationLoader(connection).project_state(("accounts", migration)).apps


def _code(secret_hex: str, at: float) -> str:
    totp = TOTP(bytes.fromhex(secret_hex))
    totp.time = at
    return f"{totp.token():06d}"


def test_rest5_the_totp_row_holds_a_sealed_seed_not_the_seed(totp_clock) -> None:
    enrolment = actions.create_team_member("sealed", Role.MODERATOR, PASSWORD)
    device = TOTPDevice.objects.get(user=enrolment.user)
    seed_hex = b32decode(enrolment.secret_base32).hex()
    assert device.key == seed_hex, "in memory django-otp sees the seed"
    stored = _stored_key(device.pk)
    assert stored.startswith(seeds.SEALED_PREFIX)
    assert seed_hex not in stored.lower()
    assert enrolment.secret_base32.lower() not in stored.lower()
    assert len(stored) <= 80


def test_rest5_the_seed_is_sealed_afresh_on_every_save_and_still_verifies(totp_clock) -> None:
    user = make_user("resaved")
    device = TOTPDevice.objects.get(user=user)
    before = _stored_key(device.pk)
    device.save()
    assert _stored_key(device.pk) != before, "a fresh nonce each time"
    client = new_client()
    password_step(client, user.username)
    assert code_step(client, _code(device.key, totp_clock.now)).status_code == 302
    assert is_verified(client)


def test_rest5_a_sealed_seed_copied_to_another_device_opens_nothing(totp_clock) -> None:
    victim, copier = make_user("seed-owner"), make_user("seed-copier")
    victim_device = TOTPDevice.objects.get(user=victim)
    copier_device = TOTPDevice.objects.get(user=copier)
    with connection.cursor() as cursor:  # a raw write, as by someone with the database
        cursor.execute(
            "UPDATE otp_totp_totpdevice SET key = %s WHERE id = %s",
            [_stored_key(victim_device.pk), copier_device.pk],
        )
    reloaded = TOTPDevice.objects.get(pk=copier_device.pk)
    assert not seeds.is_usable(reloaded)
    client = new_client()
    password_step(client, copier.username)
    response = code_step(client, _code(victim_device.key, totp_clock.now))
    assert response.status_code == 200
    assert not is_verified(client)
    assert _stored_key(copier_device.pk) == _stored_key(victim_device.pk), "left as it was"


def test_rest5_a_sealed_seed_opens_only_for_its_own_device(totp_clock) -> None:
    user = make_user("keyless")
    device = TOTPDevice.objects.get(user=user)
    stored = _stored_key(device.pk)
    with pytest.raises(Exception, match="does not authenticate"):
        seeds.open_seed(device.pk + 1, stored)
    assert seeds.open_seed(device.pk, stored) == device.key
    assert get_keystore().exists(seeds.KEY_SCOPE)


def test_rest5_recovery_codes_are_stored_as_slow_hashes_only() -> None:
    enrolment = actions.create_team_member("hashed", Role.MODERATOR, PASSWORD)
    hashes = list(
        RecoveryCode.objects.filter(device__user=enrolment.user).values_list("code_hash", flat=True)
    )
    assert len(hashes) == 10
    assert all(value.startswith("argon2$argon2id$") for value in hashes)
    assert len(set(hashes)) == 10
    plain = [code.replace("-", "") for code in enrolment.recovery_codes]
    for code in plain:
        assert not any(code in value for value in hashes)
    assert not StaticToken.objects.exists()
    # A stored hash typed in as a code is refused.
    client = new_client()
    password_step(client, "hashed")
    assert code_step(client, hashes[0]).status_code == 200
    assert not is_verified(client)


def test_upgrade_seals_seeds_that_django_otp_stored_in_clear(totp_clock) -> None:
    user = make_user("legacy-totp")
    device = TOTPDevice.objects.get(user=user)
    seed_hex = device.key
    TOTPDevice.objects.filter(pk=device.pk).update(key=seed_hex)  # as before the upgrade
    assert _stored_key(device.pk) == seed_hex
    # Until it is sealed, a seed found in clear is refused (as one planted would be).
    client = new_client()
    password_step(client, user.username)
    assert code_step(client, _code(seed_hex, totp_clock.now)).status_code == 200
    assert _stored_key(device.pk) == seed_hex, "and not sealed on the way"
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)

    migration = import_module("haven.accounts.migrations.0003_seal_totp_seeds")
    migration.seal_clear_seeds(_apps_at("0003_seal_totp_seeds"), None)
    stored = _stored_key(device.pk)
    assert stored.startswith(seeds.SEALED_PREFIX)
    assert seeds.open_seed(device.pk, stored) == seed_hex
    assert code_step(client, _code(seed_hex, totp_clock.now)).status_code == 302

    migration.open_sealed_seeds(_apps_at("0003_seal_totp_seeds"), None)
    assert _stored_key(device.pk) == seed_hex


def test_upgrade_turns_clear_recovery_codes_into_hashes_that_still_work() -> None:
    user = make_user("legacy-codes")
    static = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    StaticToken.objects.bulk_create(
        StaticToken(device=static, token=token) for token in ("aaaaabbbbb", "cccccddddd")
    )
    migration = import_module("haven.accounts.migrations.0005_hash_recovery_codes")
    migration.hash_clear_codes(_apps_at("0005_hash_recovery_codes"), None)

    assert not StaticDevice.objects.exists()
    assert not StaticToken.objects.exists()
    recovery = RecoveryDevice.objects.get(user=user)
    assert recovery.codes.count() == 2
    client = new_client()
    password_step(client, user.username)
    assert code_step(client, "ccccc-ddddd").status_code == 302
    assert is_verified(client)
    assert recovery.codes.count() == 1


def test_a_clear_static_token_planted_in_the_database_opens_nothing() -> None:
    user = make_user("planted-token")
    static = StaticDevice.objects.create(user=user, name="planted", confirmed=True)
    StaticToken.objects.create(device=static, token="eeeeefffff")
    client = new_client()
    password_step(client, user.username)
    assert code_step(client, "eeeee-fffff").status_code == 200
    assert not is_verified(client)


def test_haven_check_names_authenticators_whose_seed_does_not_open() -> None:
    from haven.accounts.checks import check_seeds_open

    readable, broken = make_user("check-fine"), make_user("check-broken")
    assert check_seeds_open(None, databases=["default"]) == []
    assert check_seeds_open(None) == [], "no database asked for"
    TOTPDevice.objects.filter(user=broken).update(
        key=_stored_key(TOTPDevice.objects.get(user=readable).pk)
    )
    (warning,) = check_seeds_open(None, databases=["default"])
    assert warning.id == "haven.W011"
    assert f"user ids {broken.pk}" in warning.msg
