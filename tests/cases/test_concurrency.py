"""Two moderators changing one case at once still leave one unbroken chain."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from haven.cases import actions, notes
from haven.cases.models import CaseEvent
from haven.cases.timeline import verify_timeline


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_changes_keep_one_chain(personas):
    case = actions.open_case(acting_user=personas.moderator)
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def add_notes() -> None:
        try:
            start.wait()
            for i in range(10):
                notes.add_note(case, f"synthetic note {i}", acting_user=personas.moderator)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=add_notes) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    seqs = list(CaseEvent.objects.filter(case=case).values_list("seq", flat=True).order_by("seq"))
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) == 2 + 40
    assert verify_timeline(case).ok
