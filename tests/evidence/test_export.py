"""The law-enforcement export: consent first, a signed manifest, and verify-export names changes."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haven.cases import actions
from haven.cases.models import ConsentScope
from haven.core.errors import Conflict
from haven.evidence import export, intake
from haven.evidence.export_check import check_archive
from tests.cases.helpers import assert_timeline_ok, event_types
from tests.evidence import samples
from tests.evidence.helpers import marker
from tests.web.helpers import give_consent

POLICE = ConsentScope.EVIDENCE_FOR_POLICE


def add(case, personas, data: bytes, **kwargs):
    kwargs.setdefault("source", "moderator")
    return intake.receive_evidence(
        case, [data], acting_user=personas.moderator, scope=POLICE, **kwargs
    )


@pytest.fixture
def exported(case, personas, tmp_path, blob_store):
    give_consent(case, personas.lead, POLICE)
    ref = intake.SourceRef("https://one.example/@someone/1099", {"status": "1099"})
    items = [
        add(case, personas, samples.mp4(marker())),
        add(case, personas, samples.pdf()),
        add(
            case,
            personas,
            samples.post_json(),
            source="server_capture",
            kind="post",
            source_ref=ref,
        ),
    ]
    path = tmp_path / "export.zip"
    call_command(
        "haven_export",
        "--",
        case.pk,
        lead=personas.lead.username,
        output=str(path),
        stdout=io.StringIO(),
    )
    return case, items, path


def test_an_export_holds_the_originals_a_signed_manifest_custody_and_a_summary(exported, personas):
    case, items, path = exported
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        custody = json.loads(archive.read("custody.json"))
        originals = {n: archive.read(n) for n in names if n.startswith("originals/")}
        assert archive.read("summary.pdf").startswith(b"%PDF-")
        summary = archive.read("summary.html").decode()
    assert sorted(names) == sorted(
        [
            *originals,
            "custody.json",
            "summary.html",
            "summary.pdf",
            "manifest.json",
            "signature.json",
        ]
    )
    assert all(n.startswith("originals/000") for n in originals)  # generated, never given names
    for entry, item in zip(manifest["items"], items, strict=True):
        assert (entry["id"], entry["sha256"], entry["size"]) == (item.pk, item.sha256, item.size)
        assert hashlib.sha256(originals[entry["entry"]]).hexdigest() == item.sha256
        assert entry["captured_by"] == personas.moderator.username
    assert manifest["items"][2]["source_address"] == "https://one.example/@someone/1099"
    assert manifest["items"][2]["source_ids"] == {"status": "1099"}
    kinds = [(e["event"], e["stream"]) for e in custody["events"]]
    assert kinds.count(("evidence.received", "timeline")) == 3
    assert ("evidence.exported", "timeline") in kinds
    assert "synthetic" not in summary  # no note, disclosure or content of the case
    assert event_types(case)[-1] == "evidence.exported"
    assert_timeline_ok(case)


def verify_export(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("haven_verify_export", str(path), *args, stdout=out)
    return out.getvalue()


def test_verify_export_passes_an_untouched_export(exported):
    _case, _items, path = exported
    assert "The export is intact: 6 entries match the manifest" in verify_export(path)
    key = io.StringIO()
    call_command("haven_export", public_key=True, stdout=key)
    assert "intact" in verify_export(path, "--public-key", key.getvalue().strip())


def rewritten(path: Path, change) -> Path:
    out = path.with_name("changed.zip")
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(out, "w") as new:
        entries = {name: old.read(name) for name in old.namelist()}
        for name, data in change(entries).items():
            new.writestr(name, data)
    return out


def first_original(entries: dict[str, bytes]) -> str:
    return sorted(n for n in entries if n.startswith("originals/"))[0]


def _flip_original(entries):
    name = first_original(entries)
    entries[name] = entries[name][:-1] + bytes([entries[name][-1] ^ 1])
    return entries


def _drop_original(entries):
    del entries[first_original(entries)]
    return entries


def _add_entry(entries):
    entries["originals/9999-extra.bin"] = b"added later"
    return entries


def _edit_manifest(entries):
    manifest = json.loads(entries["manifest.json"])
    manifest["items"][0]["captured_by"] = "someone else"
    entries["manifest.json"] = json.dumps(manifest).encode()
    return entries


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_flip_original, "originals/0001-evidence-"),
        (_drop_original, "missing from the archive"),
        (_add_entry, "originals/9999-extra.bin: not in the manifest"),
        (_edit_manifest, "the manifest was changed"),
    ],
)
def test_verify_export_names_what_changed(exported, change, named):
    _case, _items, path = exported
    out = io.StringIO()
    with pytest.raises(CommandError, match="failed verification"):
        call_command("haven_verify_export", str(rewritten(path, change)), stdout=out)
    assert named in out.getvalue()


def test_another_key_is_refused(exported):
    _case, _items, path = exported
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from haven.crypto import signing

    other = signing.encode_public_key(Ed25519PrivateKey.generate().public_key())
    report = check_archive(path, signing.decode_public_key(other))
    assert not report.ok and any("different signing key" in p for p in report.problems)


def test_a_damaged_archive_is_named(exported, tmp_path):
    _case, _items, path = exported
    cut = tmp_path / "cut.zip"
    cut.write_bytes(path.read_bytes()[:-200])
    assert not check_archive(cut).ok


def test_no_export_without_law_enforcement_consent(case, personas, blob_store):
    give_consent(case, personas.lead, ConsentScope.EVIDENCE_FOR_BAN)
    intake.receive_evidence(
        case,
        [samples.pdf()],
        acting_user=personas.lead,
        source="moderator",
        scope="evidence_for_ban",
    )
    events = event_types(case)
    with pytest.raises(Conflict) as info:
        export.export_archive(case, acting_user=personas.lead)
    assert info.value.code == "no_consent"
    assert event_types(case) == events


def test_only_a_lead_exports(case, personas):
    give_consent(case, personas.lead, POLICE)
    add(case, personas, samples.pdf())
    with pytest.raises(Conflict) as info:
        export.export_archive(case, acting_user=personas.moderator)
    assert info.value.code == "lead_only"


def test_a_case_that_may_involve_a_minor_exports_nothing(personas):
    case = actions.open_case(acting_user=personas.lead, kind="csea")
    give_consent(case, personas.lead, POLICE)
    with pytest.raises(Conflict) as info:
        export.export_archive(case, acting_user=personas.lead)
    assert info.value.code == "csea_no_export"


def test_the_command_refuses_an_existing_file_and_an_unknown_lead(exported, personas):
    case, _items, path = exported
    with pytest.raises(CommandError, match="exists already"):
        call_command("haven_export", "--", case.pk, lead=personas.lead.username, output=str(path))
    with pytest.raises(CommandError, match="no active safety lead"):
        call_command(
            "haven_export", "--", case.pk, lead=personas.moderator.username, output="x.zip"
        )


def test_the_haven_command_names_export_and_verify_export(capsys):
    from haven import cli

    assert cli.COMMANDS["export"] == "haven_export"
    assert cli.COMMANDS["verify-export"] == "haven_verify_export"
    assert "haven export" in cli._usage() and "haven verify-export" in cli._usage()
    assert cli.main(["export", "--public-key"]) == 0
    printed = capsys.readouterr().out.strip()
    from haven.crypto import signing

    signing.decode_public_key(printed)  # a well-formed key
    assert printed == export.public_key()


def test_haven_init_makes_the_export_key_that_the_command_prints(
    tmp_path, settings, monkeypatch, db
):
    from haven.crypto import signing
    from haven.crypto.keystore import get_keystore

    monkeypatch.delenv("HAVEN_MASTER_KEY", raising=False)
    settings.HAVEN_DATA_DIR = str(tmp_path / "data")
    out = io.StringIO()
    call_command("haven_init", stdout=out)
    published = signing.load_public_key(get_keystore().directory, export.PURPOSE)
    assert published is not None  # made by init, before any export
    path = signing.public_key_path(get_keystore().directory, export.PURPOSE)
    assert path.stat().st_mode & 0o077 == 0  # haven check wants keys/ private
    assert f"export signing key {signing.fingerprint(published)}" in out.getvalue()
    printed = io.StringIO()
    call_command("haven_export", public_key=True, stdout=printed)
    assert printed.getvalue().strip() == signing.encode_public_key(published)
    again = io.StringIO()
    call_command("haven_init", stdout=again)  # run again: the same key
    assert signing.fingerprint(published) in again.getvalue()


def test_only_items_kept_for_law_enforcement_are_exported(case, personas, blob_store):
    give_consent(case, personas.lead, ConsentScope.EVIDENCE_FOR_BAN)
    for_ban = intake.receive_evidence(
        case,
        [samples.pdf()],
        acting_user=personas.lead,
        source="moderator",
        scope="evidence_for_ban",
    )
    give_consent(case, personas.lead, POLICE)
    with pytest.raises(Conflict) as info:
        export.export_archive(case, acting_user=personas.lead)
    assert info.value.code == "nothing_kept"
    for_police = add(case, personas, samples.chat_text())
    _name, pieces = export.export_archive(case, acting_user=personas.lead)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(pieces)))
    manifest = json.loads(archive.read("manifest.json"))
    assert [entry["sha256"] for entry in manifest["items"]] == [for_police.sha256]
    names = archive.namelist()
    assert not any(for_ban.pk in name for name in names)
    summary = archive.read("summary.html").decode()
    assert for_police.sha256 in summary and for_ban.sha256 not in summary
