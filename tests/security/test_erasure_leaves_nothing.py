"""REST-6: an erased case leaves only its tombstone — in the database, the data dir and the logs,
and even a copy of the database from before the erasure opens nothing with the keys after it."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from haven.cases import actions, erasure, notes, sealing, subjects
from haven.cases.models import (
    Assessment,
    AuditRecord,
    Case,
    CaseEvent,
    CaseMember,
    CaseNote,
    CaseParty,
    CaseStep,
    CaseWishes,
    ConsentRecord,
    Subject,
    TextScan,
)
from haven.core.errors import ContentErased
from haven.crypto import envelope
from haven.crypto.keystore import get_keystore
from haven.evidence.models import EvidenceItem
from haven.testing.demo import DEMO_CASES, load_demo_cases
from tests.web.helpers import give_consent, synthetic_png

CASE_TABLES = (
    TextScan,
    CaseNote,
    EvidenceItem,
    ConsentRecord,
    CaseStep,
    CaseWishes,
    Assessment,
    CaseParty,
    CaseMember,
    CaseEvent,
)


def _dump() -> bytes:
    """Every row of every table, as an attacker with a copy of the database reads it."""
    out = bytearray()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        out += bytes(value) + bytes(value).hex().encode()
                    else:
                        out += str(value).encode("utf-8", "surrogatepass")
                    out += b"\x00"
    return bytes(out)


def _data_dir() -> bytes:
    return b"\x00".join(
        path.read_bytes() for path in Path(settings.HAVEN_DATA_DIR).rglob("*") if path.is_file()
    )


def _database_files() -> bytes:
    """The SQLite file and its write-ahead log, free pages included, as a disk copy holds them."""
    if connection.vendor != "sqlite":
        return b""
    name = Path(connection.settings_dict["NAME"])
    return b"\x00".join(path.read_bytes() for path in (name, Path(f"{name}-wal")) if path.exists())


def _load(personas) -> tuple[list[Case], list[str], dict[str, bytes]]:
    """The demo cases, each with a kept image and a perpetrator; what went in; a backup."""
    from haven.evidence import images

    cases = load_demo_cases(personas.lead, personas.moderator)
    values: list[str] = []
    for number, case in enumerate(cases):
        give_consent(case, personas.lead)
        data = synthetic_png(seed=number + 3)
        images.attach_image(case, data, acting_user=personas.lead, scope="evidence_for_ban")
        values.append(hashlib.sha256(data).hexdigest())
        handle = f"erasable{number}@spam.example"
        actions.add_party(case, "perpetrator", acting_user=personas.lead, acct=handle)
        values.append(handle)
    values += [notes.read_note(note) for note in CaseNote.objects.all()]
    values += [spec.disclosure for spec in DEMO_CASES]
    values += [spec.perpetrator for spec in DEMO_CASES if spec.perpetrator]
    backup = {f"note.{n.pk}:{n.case_id}": bytes(n.body_sealed) for n in CaseNote.objects.all()}
    backup |= {f"subject.{s.pk}": bytes(s.sealed) for s in Subject.objects.all()}
    return cases, values, backup


@pytest.mark.django_db(transaction=True)
def test_rest6_every_demo_case_erased_leaves_only_tombstones(personas, caplog):
    caplog.set_level(logging.DEBUG)
    cases, values, _backup = _load(personas)
    assert values[0].encode() in _dump(), "the scan finds an image's hash while the case lives"
    blobs = [m.blob_name for m in EvidenceItem.objects.filter(case__in=cases) if m.blob_name]
    assert blobs

    for case in cases:
        erasure.erase_case(case, acting_user=personas.lead)

    dump, files, disk = _dump(), _data_dir(), _database_files()
    for value in values:
        needle = value.encode("utf-8")
        assert needle not in dump, f"the database still holds {value[:24]!r}"
        assert needle not in disk, f"the database file still holds {value[:24]!r}"
        assert needle not in files, f"the data dir still holds {value[:24]!r}"
        assert value not in caplog.text, f"the logs hold {value[:24]!r}"
    for model in CASE_TABLES:
        assert not model.objects.filter(case__in=cases).exists(), model.__name__
    assert not Subject.objects.exists()
    media_dir = Path(settings.HAVEN_DATA_DIR) / "media"
    assert not [name for name in blobs if (media_dir / name).exists()]
    for tomb in Case.objects.all():
        assert (tomb.kind, tomb.priority, tomb.restricted, tomb.status) == (
            "sextortion",
            2,
            False,
            "closed",
        )
        assert tomb.erased_at and tomb.erased_by == personas.lead
        assert (tomb.timeline_length, tomb.timeline_head, tomb.close_reason) == (0, "", "")
        assert tomb.first_response_due is None and tomb.first_responded_at is None
    assert AuditRecord.objects.filter(type="case.erased").count() == len(cases)


@pytest.mark.django_db(transaction=True)
def test_rest6_a_database_copy_from_before_opens_nothing_with_the_keys_after(personas):
    cases, _values, backup = _load(personas)
    for case in cases:
        erasure.erase_case(case, acting_user=personas.lead)
    store = get_keystore()
    for where, sealed in backup.items():
        if where.startswith("note."):
            note, case_id = where.removeprefix("note.").split(":")
            with pytest.raises(ContentErased):
                sealing.unseal(case_id, f"note.{note}", sealed)
        else:
            subject_id = int(where.removeprefix("subject."))
            with pytest.raises(ContentErased):
                store.get(subjects.key_scope(subject_id))
            assert not store.exists("directory-subjects"), "no key shared by every handle"
            with pytest.raises(Exception):  # noqa: B017  (no key opens it)
                envelope.open_bytes(
                    store.get_or_create("directory-lookup"), sealed, b"haven:subject"
                )
