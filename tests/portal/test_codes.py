"""PUB-2, PUB-3, PUB-12: follow-up codes at rest, verified, revoked, expired, closed, erased."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import low_level
from django.utils import timezone

from haven.cases import erasure
from haven.cases.models import Case, CaseStatus
from haven.portal import codes, hashing, words
from haven.portal.models import FollowUpCode
from haven.testing.personas import Personas
from tests.cases.helpers import assert_timeline_ok, database_contains, event_types

ADDRESS = "198.51.100.23"


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts argon2 verifications (the library's own function, still run for real)."""
    calls: list[int] = []
    real = low_level.verify_secret

    def counting(*args: object, **kwargs: object) -> bool:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashing, "verify_secret", counting)
    return calls


def test_a_code_opens_its_case_and_is_on_the_timeline(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    assert len(issued.code.split(" ")) == words.CODE_WORDS
    assert codes.verify_code(issued.code, address=ADDRESS).pk == case.pk
    assert codes.verify_code(issued.code.upper().replace(" ", "-"), address=ADDRESS).pk == case.pk
    assert event_types(case)[-1] == "portal.code_issued"
    assert_timeline_ok(case)


def test_no_plaintext_code_at_rest(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    for form in (issued.code, issued.code.replace(" ", "-"), issued.code.replace(" ", "")):
        assert database_contains(form) == []
    row = FollowUpCode.objects.get(pk=issued.id)
    assert row.digest.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    other = codes.issue_followup_code(case, acting_user=None)
    assert FollowUpCode.objects.get(pk=other.id).digest.split("$")[4] != row.digest.split("$")[4]
    assert len(row.lookup) == 2 * codes.LOOKUP_BYTES


def test_wrong_forged_and_malformed_codes_are_refused(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    parts = issued.code.split(" ")
    wrong = " ".join([*parts[:-1], next(w for w in words.alphabet() if w != parts[-1])])
    for attempt in (wrong, words.new_code(), " ".join(parts[:-1]), "", "abacus " * 40):
        with pytest.raises(codes.WrongCode) as refused:
            codes.verify_code(attempt, address=ADDRESS)
        assert refused.value.message == codes.WrongCode.__doc__


def test_a_new_code_revokes_the_old_one(case: Case, personas: Personas) -> None:
    first = codes.issue_followup_code(case, acting_user=None)
    second = codes.issue_followup_code(case, acting_user=personas.lead)
    with pytest.raises(codes.WrongCode):
        codes.verify_code(first.code, address=ADDRESS)
    assert codes.verify_code(second.code, address=ADDRESS).pk == case.pk
    assert event_types(case)[-3:] == [
        "portal.code_issued",
        "portal.code_revoked",
        "portal.code_issued",
    ]
    assert FollowUpCode.objects.filter(case=case, revoked_at__isnull=True).count() == 1
    assert_timeline_ok(case)


def test_an_expired_code_is_refused(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    assert FollowUpCode.objects.get(pk=issued.id).expires_at > timezone.now() + timedelta(days=300)
    FollowUpCode.objects.filter(pk=issued.id).update(expires_at=timezone.now())
    with pytest.raises(codes.WrongCode):
        codes.verify_code(issued.code, address=ADDRESS)


def test_a_closed_case_keeps_its_code_for_the_grace_then_looks_like_a_wrong_code(
    case: Case,
) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    closed = timezone.now() - codes.CLOSED_GRACE + timedelta(hours=1)
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED, closed_at=closed)
    assert codes.verify_code(issued.code, address=ADDRESS).pk == case.pk
    Case.objects.filter(pk=case.pk).update(closed_at=closed - timedelta(hours=2))
    with pytest.raises(codes.WrongCode):
        codes.verify_code(issued.code, address=ADDRESS)
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.OPEN)
    assert codes.verify_code(issued.code, address=ADDRESS).pk == case.pk


def test_every_answer_costs_one_argon2_verification(case: Case, argon2_calls: list[int]) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    revoked = issued
    issued = codes.issue_followup_code(case, acting_user=None)
    for attempt in (words.new_code(), "not a code at all", revoked.code):
        before = len(argon2_calls)
        with pytest.raises(codes.WrongCode):
            codes.verify_code(attempt, address=ADDRESS)
        assert len(argon2_calls) == before + 1, attempt
    before = len(argon2_calls)
    codes.verify_code(issued.code, address=ADDRESS)
    assert len(argon2_calls) == before + 1
    with pytest.raises(codes.WrongCode):
        codes.verify_code("abacus " * 40, address=ADDRESS)
    assert len(argon2_calls) == before + 1, "an over-long input is refused before hashing"


def test_erasure_removes_the_codes(case: Case, personas: Personas) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    codes.issue_followup_code(case, acting_user=None)
    erasure.erase_case(case, acting_user=personas.lead)
    assert not FollowUpCode.objects.filter(case=case).exists()
    with pytest.raises(codes.WrongCode):
        codes.verify_code(issued.code, address=ADDRESS)


def test_a_code_of_an_erased_case_is_refused_even_if_a_row_survived(case: Case) -> None:
    issued = codes.issue_followup_code(case, acting_user=None)
    Case.objects.filter(pk=case.pk).update(erased_at=timezone.now())
    with pytest.raises(codes.WrongCode):
        codes.verify_code(issued.code, address=ADDRESS)
