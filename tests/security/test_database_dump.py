"""REST-1 and REST-5: a copy of the database after `haven demo` and `haven createuser`
holds no TOTP seed, recovery code, session key or case text, and what it does hold
(sealed seeds, hashed keys and codes) opens nothing when tried on the live site."""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import re
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils.html import escape
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts.models import RecoveryDevice
from haven.cases.models import Case
from haven.testing.demo import DEMO_CASES
from haven.testing.personas import PASSWORD

pytestmark = pytest.mark.django_db
COOKIE = settings.SESSION_COOKIE_NAME
CODE = re.compile(r"\b[a-z2-7]{5}-[a-z2-7]{5}\b")


@dataclass
class Enrolled:
    username: str
    password: str
    secret_base32: str
    recovery_codes: list[str]
    session_keys: list[str] = field(default_factory=list)

    @property
    def seed(self) -> bytes:
        return base64.b32decode(self.secret_base32 + "=" * (-len(self.secret_base32) % 8))


def _printed(output: str, label: str) -> str:
    match = re.search(rf"^\s*{label}:\s*(\S+)", output, re.MULTILINE)
    assert match, f"{label} not printed"
    return match.group(1)


def _demo() -> Enrolled:
    out = io.StringIO()
    call_command("haven_demo", stdout=out)
    text = out.getvalue()
    codes = CODE.findall(text.split("Recovery codes:")[1])
    return Enrolled("demo-lead", _printed(text, "Password"), _printed(text, "TOTP secret"), codes)


def _createuser(monkeypatch: pytest.MonkeyPatch, username: str) -> Enrolled:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    out = io.StringIO()
    call_command("haven_createuser", username, "--password-from-stdin", "--no-qr", stdout=out)
    text = out.getvalue()
    (secret,) = re.findall(r"secret=([A-Z2-7]+)", text)
    return Enrolled(username, PASSWORD, secret, CODE.findall(text))


def _code(seed: bytes, offset_steps: int = 0) -> str:
    totp = TOTP(seed)
    totp.time = totp.time + offset_steps * 30
    return f"{totp.token():06d}"


def _password_step(person: Enrolled) -> Client:
    client = Client(secure=True)
    response = client.post(
        "/accounts/login/", {"username": person.username, "password": person.password}
    )
    assert response.status_code == 302
    return client


def _sign_in(person: Enrolled, token: str) -> Client:
    client = _password_step(person)
    assert client.post("/accounts/verify/", {"token": token}).status_code == 302
    person.session_keys.append(client.cookies[COOKIE].value)
    return client


def _every_value() -> list[str]:
    """Every column of every row of every table, as text; binary also as hex."""
    values: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        raw = bytes(value)
                        values += [raw.decode("latin-1"), raw.hex()]
                    else:
                        values.append(str(value))
    return values


def _dump() -> str:
    text = "\n".join(_every_value())
    if connection.vendor == "sqlite":
        # The SQL a `sqlite3 .dump` of the file would give, as a second reading.
        text += "\n".join(connection.connection.iterdump())
    return text


def _forms_of_a_seed(seed: bytes) -> list[str]:
    b32 = base64.b32encode(seed).decode("ascii")
    return [seed.hex(), b32, b32.rstrip("="), base64.b64encode(seed).decode("ascii")]


def _demo_texts() -> list[str]:
    texts: list[str] = []
    for spec in DEMO_CASES:
        texts += [spec.disclosure, *spec.notes, *(spec.wishes or ())]
    return texts


@pytest.fixture
def deployment(monkeypatch: pytest.MonkeyPatch) -> tuple[Enrolled, Enrolled]:
    demo = _demo()
    member = _createuser(monkeypatch, "dump-member")
    case = Case.objects.first()
    assert case is not None
    lead = _sign_in(demo, _code(demo.seed))
    page = lead.get(f"/cases/{case.pk}/")
    assert page.status_code == 200, "the lead's real cookie opens the case"
    shown = page.content.decode()
    assert any(escape(spec.disclosure[:40]) in shown for spec in DEMO_CASES), "decrypted text"
    _sign_in(demo, demo.recovery_codes[0])
    _sign_in(member, _code(member.seed))
    # An unverified (password only) session is a session too.
    member.session_keys.append(_password_step(member).cookies[COOKIE].value)
    return demo, member


def test_rest1_a_dump_holds_no_seed_recovery_code_session_key_or_case_text(deployment) -> None:
    dump = _dump()
    folded = dump.lower()
    assert "demo-lead" in dump and "dump-member" in dump, "the dump sees the tables"
    for person in deployment:
        for form in _forms_of_a_seed(person.seed):
            assert form.lower() not in folded, f"a TOTP seed of {person.username}"
        for code in person.recovery_codes:
            assert code not in folded
            assert code.replace("-", "") not in folded, f"a recovery code of {person.username}"
        assert len(person.session_keys) >= 2
        for key in person.session_keys:
            assert key not in dump, f"a session key of {person.username}"
        assert person.password not in dump
    for text in _demo_texts():
        assert text not in dump, "demo case text in clear"
        assert text[:40].lower() not in folded
    assert "sealed1:" in dump, "the dump holds the seeds, sealed"


def _stored(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [str(row[0]) for row in cursor.fetchall()]


def _forget_failures() -> None:
    """Throttling would refuse every guess after the first without checking it."""
    for model in (TOTPDevice, RecoveryDevice):
        model.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)


def _candidate_seeds(stored: str) -> list[bytes]:
    """Every way someone might read a seed out of the stored text."""
    body = stored.split(":", 1)[-1]
    candidates = [stored.encode(), body.encode()]
    with contextlib.suppress(binascii.Error, ValueError):
        candidates.append(binascii.unhexlify(stored))  # how django-otp stores it
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    return [*candidates, raw, raw[13:33], raw[-20:]]


def test_rest5_session_keys_from_a_dump_open_no_case_page(deployment) -> None:
    case = Case.objects.first()
    assert case is not None
    stolen = _stored("SELECT session_key FROM django_session")
    assert len(stolen) >= 4
    for key in stolen:
        thief = Client(secure=True)
        thief.cookies[COOKIE] = key
        response = thief.get(f"/cases/{case.pk}/")
        assert response.status_code == 302
        assert response.url == "/accounts/login/"
        assert "_auth_user_id" not in thief.session


def test_rest5_a_totp_seed_from_a_dump_gives_no_working_code(deployment) -> None:
    demo, _ = deployment
    (stored,) = _stored(
        "SELECT d.key FROM otp_totp_totpdevice d JOIN accounts_user u ON u.id = d.user_id "
        "WHERE u.username = 'demo-lead'"
    )
    client = _password_step(demo)
    real = {_code(demo.seed, offset) for offset in (-1, 0, 1)}
    for candidate in _candidate_seeds(stored):
        assert candidate != demo.seed, "the database holds the seed as it is"
        for offset in (-1, 0, 1):
            token = _code(candidate, offset)
            if token in real:
                continue  # a one-in-a-million collision with the real code
            _forget_failures()
            response = client.post("/accounts/verify/", {"token": token})
            assert response.status_code == 200, "checked and refused"
            assert client.get("/").url == "/accounts/verify/"


def test_rest5_recovery_code_hashes_from_a_dump_are_not_codes(deployment) -> None:
    demo, _ = deployment
    hashes = _stored(
        "SELECT c.code_hash FROM accounts_recoverycode c "
        "JOIN accounts_recoverydevice d ON d.id = c.device_id "
        "JOIN accounts_user u ON u.id = d.user_id WHERE u.username = 'demo-lead'"
    )
    assert len(hashes) == len(demo.recovery_codes) - 1, "one code was used at sign-in"
    client = _password_step(demo)
    for value in hashes[:3]:
        for token in (value, value.rsplit("$", 1)[-1][:10], value[-10:]):
            _forget_failures()
            response = client.post("/accounts/verify/", {"token": token})
            assert response.status_code == 200, "checked and refused"
            assert client.get("/").url == "/accounts/verify/"
