"""Case content never reaches logs (a full flow at DEBUG) nor the database in clear (REST-1)."""

from __future__ import annotations

import json
import logging

from django.db import connection

from haven.accounts.sessions import SessionStore
from haven.cases import actions, erasure

CANARY_TEXT = "CANARY-disclosure-7f3a synthetic words"
CANARY_NOTE = "CANARY-note-91bc synthetic"
CANARY_LABEL = "CANARY-label-44de a friend"
CANARY_HANDLE = "canary_handle_5e21@perp.example"
CANARY_REPORT = "CANARY-report-2b8c synthetic"
CANARY_POST = "CANARY-post-6d0e synthetic"
CANARY_REFUSED = "CANARY-refused-3a7c synthetic"
CANARIES = [
    "CANARY-disclosure-7f3a",
    "CANARY-note-91bc",
    "CANARY-label-44de",
    "canary_handle_5e21",
    "CANARY-report-2b8c",
    "CANARY-post-6d0e",
    "CANARY-refused-3a7c",
]


def _full_flow(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure=CANARY_TEXT)
    actions.add_party(case, "perpetrator", acting_user=personas.moderator, acct=CANARY_HANDLE)
    actions.add_party(case, "witness", acting_user=personas.moderator, label=CANARY_LABEL)
    member = login(personas.moderator)
    assert member.get(f"/cases/{case.pk}/").status_code == 200
    assert member.post(f"/cases/{case.pk}/notes/", {"body": CANARY_NOTE}).status_code == 302
    report = {"comment": CANARY_REPORT, "post_1": CANARY_POST}
    assert member.post(f"/cases/{case.pk}/reports/", report).status_code == 302
    page = member.get(f"/cases/{case.pk}/").content
    assert CANARY_NOTE.encode() in page and CANARY_TEXT.encode() in page
    assert CANARY_REPORT.encode() in page and CANARY_POST.encode() in page
    assert member.get(f"/cases/{case.pk}/timeline/").status_code == 200
    assert member.post(f"/cases/{case.pk}/notes/", {"body": "   "}).status_code == 302
    # Refused (no response recorded yet): what was typed waits in the session for the
    # page the refusal redirects to, which this flow never opens.
    closing = {"reason": "responded", "note": CANARY_REFUSED}
    assert member.post(f"/cases/{case.pk}/close/", closing).status_code == 302
    assert login(personas.outsider).get(f"/cases/{case.pk}/").status_code == 404
    actions.change_status(case, "start", acting_user=personas.moderator)
    return case


def test_logs_carry_no_case_content_or_handles(personas, login, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    case = _full_flow(personas, login)
    erasure.erase_case(case, acting_user=personas.lead)
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    assert case.pk in logged, "the flow should have logged by id"
    for canary in CANARIES:
        assert canary not in logged
        assert canary.lower() not in logged.lower()


def _all_rows_as_text() -> str:
    chunks: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        chunks.append(bytes(value).decode("latin-1"))
                    else:
                        chunks.append(str(value))
    # Session data is signed and compressed, not hidden: read it as a dump's reader would.
    store = SessionStore()
    for row in SessionStore.get_model_class().objects.all():
        chunks.append(json.dumps(store.decode(row.session_data), ensure_ascii=False))
    return "\n".join(chunks)


def test_rest1_database_holds_no_canary_in_clear(personas, login):
    _full_flow(personas, login)
    dump = _all_rows_as_text()
    assert "case.opened" in dump, "the dump should see the tables"
    for canary in CANARIES:
        assert canary not in dump
        assert canary.lower() not in dump.lower()
