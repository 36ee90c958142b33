"""The custody log and ``haven verify --evidence``: every stored item re-read, bad ones named."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haven.cases import consent
from haven.cases.changes import changing
from haven.cases.models import AuditRecord, CaseEvent, ConsentScope
from haven.evidence import images, intake, store, viewing
from tests.cases.helpers import assert_timeline_ok, event_types
from tests.evidence import samples
from tests.web.helpers import give_consent

POLICE = ConsentScope.EVIDENCE_FOR_POLICE


@pytest.fixture
def items(case, personas, blob_store):
    give_consent(case, personas.lead, POLICE)

    def add(data: bytes):
        return intake.receive_evidence(
            case, [data], acting_user=personas.moderator, source="moderator", scope=POLICE
        )

    return [add(samples.pdf()), add(samples.mp4()), add(samples.chat_text())]


def verify(*args: str) -> str:
    out = io.StringIO()
    call_command("haven_verify", "--evidence", *args, stdout=out)
    return out.getvalue()


def test_every_item_verifies(case, items):
    assert "All 3 evidence items verify." in verify()
    # "--": a random case id may begin with "-", as on the command line.
    assert "All 3 evidence items verify." in verify("--", case.pk)


def rewrite(blob_store, name: str, change) -> None:
    stored = bytearray(b"".join(blob_store.read(name)))
    change(stored)
    with blob_store.writer(name) as out:
        out.write(bytes(stored))


@pytest.mark.parametrize(
    "damage",
    {
        "a flipped bit": lambda b: b.__setitem__(60, b[60] ^ 1),
        "cut short": lambda b: b.__delitem__(slice(len(b) - 5, None)),
        "nothing left": lambda b: b.clear(),
    }.items(),
    ids=lambda d: d[0],
)
def test_a_damaged_item_is_named(case, items, blob_store, damage):
    rewrite(blob_store, items[1].blob_name, damage[1])
    with pytest.raises(CommandError, match="1 of 3 evidence item"):
        out = io.StringIO()
        call_command("haven_verify", "--evidence", stdout=out)
    assert f"item {items[1].pk}: its encrypted file does not open" in out.getvalue()
    assert items[0].pk not in out.getvalue()


def test_a_blob_swapped_onto_another_item_is_named(case, items, blob_store):
    pdf, video, _ = items
    with blob_store.writer(video.blob_name) as out:
        out.write(b"".join(blob_store.read(pdf.blob_name)))
    with pytest.raises(CommandError):
        verify()


def test_a_missing_blob_is_named(case, items, blob_store):
    store.remove([items[2].blob_name])
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("haven_verify", "--evidence", stdout=out)
    assert f"item {items[2].pk}: its encrypted file is missing" in out.getvalue()


def test_a_wrong_recorded_hash_is_named(case, items):
    type(items[0]).objects.filter(pk=items[0].pk).update(sha256="0" * 64)
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("haven_verify", "--evidence", stdout=out)
    assert "not to the SHA-256 recorded" in out.getvalue()


def test_unknown_case_ids_are_refused(items):
    with pytest.raises(CommandError, match="do not exist"):
        verify("nonexistent-case")


def test_custody_on_the_timeline_and_reads_in_the_audit_stream(case, items, personas):
    log = items[2]
    viewing.read_text(log, reader=personas.moderator)
    viewing.download(log, acting_user=personas.lead, reason=None)
    with changing(case, acting_user=personas.lead) as change:
        images.discard(change, items[0], reason=images.DiscardReason.CONSENT_WITHDRAWN)
    types = event_types(case)
    assert types.count("evidence.received") == 3
    assert types[-2:] == ["evidence.downloaded", "evidence.discarded"]
    discarded = CaseEvent.objects.filter(case=case, type="evidence.discarded").get()
    assert discarded.payload == {
        "item": items[0].pk,
        "kind": "pdf",
        "reason": "consent_withdrawn",
    }
    read = AuditRecord.objects.filter(case_id=case.pk, type="evidence.read").get()
    assert read.payload == {"item": log.pk, "revealed": False}
    for event in CaseEvent.objects.filter(case=case, type__startswith="evidence."):
        assert set(event.payload) <= {"item", "kind", "source", "kept", "scope", "reason"}
    assert_timeline_ok(case)


def test_withdrawn_consent_deletes_what_was_kept_under_it(
    case, items, personas, blob_store, django_capture_on_commit_callbacks
):
    names = [item.blob_name for item in items]
    with django_capture_on_commit_callbacks(execute=True):
        consent.record_consent(
            case, POLICE, given=False, acting_user=personas.lead, method="told_moderator"
        )
    for item in items:
        item.refresh_from_db()
        assert not item.kept and item.discarded_at and item.sha256
    assert not any(blob_store.exists(name) for name in names)
    assert event_types(case).count("evidence.discarded") == 3
