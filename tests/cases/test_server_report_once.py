"""A report from a server is filed once: a repeat delivery, even a racing one, is refused."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from haven.cases import erasure, intake
from haven.cases.models import Case, CaseEvent, CaseNote, ReceivedServerReport

COMMENT = "Synthetic report: this account says it will send my pictures to my family."


def _file(key: str, **kwargs) -> Case:
    return intake.receive_report(
        source="server_report", comment=COMMENT, acting_user=None, server_report=key, **kwargs
    )


@pytest.mark.django_db
def test_the_same_server_report_is_refused_the_second_time_and_nothing_is_written(personas):
    case = _file("conn-a/101")
    notes_before, events_before = CaseNote.objects.count(), CaseEvent.objects.count()

    with pytest.raises(intake.ReportAlreadyReceived) as refused:
        _file("conn-a/101")
    assert refused.value.case_id == case.pk
    with pytest.raises(intake.ReportAlreadyReceived):
        _file("conn-a/101", case=case)  # not onto an open case either
    assert (CaseNote.objects.count(), CaseEvent.objects.count()) == (notes_before, events_before)
    assert Case.objects.count() == 1
    assert intake.was_received("conn-a/101")


@pytest.mark.django_db
def test_the_same_report_id_on_another_server_is_another_report(personas):
    first, second = _file("conn-a/7"), _file("conn-b/7")
    assert first.pk != second.pk
    assert not intake.was_received("conn-a/8")


@pytest.mark.django_db
def test_the_table_names_no_report_of_any_server(personas):
    _file("conn-a/555123")
    row = ReceivedServerReport.objects.get()
    assert "555123" not in row.digest and "conn-a" not in row.digest
    assert len(row.digest) == 64


@pytest.mark.django_db
def test_only_a_server_report_has_a_server_report_id(personas):
    with pytest.raises(ValueError, match="server"):
        intake.receive_report(
            source="moderator",
            comment=COMMENT,
            acting_user=personas.moderator,
            server_report="conn-a/1",
        )
    with pytest.raises(ValueError, match="short"):
        _file("")


@pytest.mark.django_db
def test_after_erasure_a_late_repeat_still_opens_no_case(personas):
    case = _file("conn-a/9")
    erasure.erase_case(case, acting_user=personas.lead)
    with pytest.raises(intake.ReportAlreadyReceived) as refused:
        _file("conn-a/9")
    assert refused.value.case_id is None
    assert Case.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_deliveries_racing_file_one_case(personas):
    start = threading.Barrier(2)
    filed: list[str] = []
    refused: list[intake.ReportAlreadyReceived] = []
    other: list[BaseException] = []

    def deliver() -> None:
        try:
            start.wait()
            filed.append(_file("conn-a/race").pk)
        except intake.ReportAlreadyReceived as exc:
            refused.append(exc)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            other.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert other == []
    assert len(filed) == 1 and len(refused) == 1
    assert refused[0].case_id == filed[0]
    assert Case.objects.count() == 1
