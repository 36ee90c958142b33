"""haven createuser / haven_resetfactor: enrolment printed once, secrets never logged."""

from __future__ import annotations

import io
import logging
import re
from base64 import b32decode
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import CommandError, call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven import cli
from haven.accounts.models import RecoveryDevice, Role, User
from haven.core.errors import Conflict, InvalidInput
from haven.testing.personas import PASSWORD

pytestmark = pytest.mark.django_db
CODE_LINE = re.compile(r"^\s+([a-z2-7]{5}-[a-z2-7]{5})$", re.MULTILINE)


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _create(monkeypatch, *args: str, stdin: str = PASSWORD + "\n") -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    call_command("haven_createuser", *args, stdout=out)
    return out.getvalue()


def _uri(output: str) -> str:
    (uri,) = re.findall(r"otpauth://\S+", output)
    return uri


def test_createuser_prints_everything_needed_once_and_it_works(monkeypatch, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    output = _create(monkeypatch, "dana", "--role", "lead", "--password-from-stdin")

    user = User.objects.get(username="dana")
    assert user.role == Role.LEAD
    assert user.check_password(PASSWORD)

    uri = _uri(output)
    parts = urlsplit(uri)
    assert parts.scheme == "otpauth"
    assert parts.netloc == "totp"
    assert unquote(parts.path) == "/Haven:dana"
    query = parse_qs(parts.query)
    assert query["issuer"] == ["Haven"]
    secret = query["secret"][0]
    assert re.search(rf"^\s+{secret}$", output, re.MULTILINE), "the key for manual entry"

    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed
    assert device.tolerance == 1
    totp = TOTP(b32decode(secret))
    assert device.verify_token(f"{totp.token():06d}")

    codes = CODE_LINE.findall(output)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    recovery = RecoveryDevice.objects.get(user=user)
    assert recovery.confirmed
    assert recovery.verify_token(codes[3].replace("-", ""))

    assert "shown once" in output
    assert "\u2588" in output, "a QR code in the terminal"

    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret_text in ("otpauth", secret, "dana", *codes, PASSWORD):
        assert secret_text not in logged


def test_createuser_defaults_to_moderator_and_can_skip_the_qr(monkeypatch) -> None:
    output = _create(monkeypatch, "eli", "--password-from-stdin", "--no-qr")
    assert User.objects.get(username="eli").role == Role.MODERATOR
    assert "\u2588" not in output
    assert "otpauth://" in output


def test_createuser_generates_a_password_and_shows_it(monkeypatch) -> None:
    output = _create(monkeypatch, "fay", "--generate-password", "--no-qr", stdin="")
    (password,) = re.findall(r"Password \(shown once\): (\S+)", output)
    assert len(password) >= 20
    assert User.objects.get(username="fay").check_password(password)


def test_createuser_refuses_to_prompt_without_a_terminal(monkeypatch) -> None:
    with pytest.raises(CommandError, match="not a terminal"):
        _create(monkeypatch, "gil")
    assert not User.objects.filter(username="gil").exists()


def test_createuser_prompts_twice_on_a_terminal(monkeypatch) -> None:
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", FakeTty())
    out = io.StringIO()
    call_command("haven_createuser", "hal", "--no-qr", stdout=out)
    assert User.objects.get(username="hal").check_password(PASSWORD)


def test_createuser_refuses_two_different_passwords(monkeypatch) -> None:
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", FakeTty())
    with pytest.raises(CommandError, match="differ"):
        call_command("haven_createuser", "ivy", stdout=io.StringIO())
    assert not User.objects.filter(username="ivy").exists()


@pytest.mark.parametrize("password", ["short", "password1234", "123456789012345", "jonas-the-mod"])
def test_createuser_applies_the_password_validators(monkeypatch, password: str) -> None:
    with pytest.raises(InvalidInput):
        _create(monkeypatch, "jonas-the-mod", "--password-from-stdin", stdin=password + "\n")
    assert not User.objects.filter(username="jonas-the-mod").exists()
    assert not TOTPDevice.objects.exists()


def test_createuser_refuses_a_taken_name_and_a_bad_name(monkeypatch) -> None:
    _create(monkeypatch, "kim", "--password-from-stdin", "--no-qr")
    with pytest.raises(Conflict):
        _create(monkeypatch, "kim", "--password-from-stdin", "--no-qr")
    with pytest.raises(InvalidInput):
        _create(monkeypatch, "bad name!", "--password-from-stdin", "--no-qr")
    assert TOTPDevice.objects.count() == 1


def test_createuser_refuses_conflicting_options(monkeypatch) -> None:
    with pytest.raises(CommandError, match="one of"):
        _create(monkeypatch, "lou", "--password-from-stdin", "--generate-password")
    with pytest.raises(CommandError):
        _create(monkeypatch, "lou", "--role", "admin", "--password-from-stdin")


def test_createuser_is_what_haven_createuser_runs() -> None:
    assert cli.COMMANDS["createuser"] == "haven_createuser"


def test_resetfactor_replaces_the_key_and_codes(monkeypatch) -> None:
    first = _create(monkeypatch, "max", "--password-from-stdin", "--no-qr")
    out = io.StringIO()
    call_command("haven_resetfactor", "max", "--no-qr", stdout=out)
    second = out.getvalue()
    assert _uri(first) != _uri(second)
    assert not set(CODE_LINE.findall(first)) & set(CODE_LINE.findall(second))
    user = User.objects.get(username="max")
    assert TOTPDevice.objects.filter(user=user).count() == 1
    assert RecoveryDevice.objects.get(user=user).codes.count() == 10
    with pytest.raises(CommandError):
        call_command("haven_resetfactor", "nobody", stdout=io.StringIO())
