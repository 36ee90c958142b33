"""The images a case held before the vault become evidence items, with the same ids and blobs."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from haven.evidence import images
from haven.evidence.models import EvidenceItem
from tests.web.helpers import give_consent, synthetic_png

BEFORE = [("evidence", "0001_initial")]
AFTER = [("evidence", "0002_images_from_case_media")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def back_to_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_case_media_rows_become_evidence_and_still_open(personas, back_to_latest):
    from haven.cases import actions

    case = actions.open_case(acting_user=personas.lead, kind="sextortion")
    give_consent(case, personas.lead)
    item = images.attach_image(
        case, synthetic_png(9), acting_user=personas.lead, scope="evidence_for_ban"
    )
    added_at = item.added_at
    old = migrate(BEFORE)  # back: the image is a CaseMedia row again
    media = old.get_model("cases", "CaseMedia").objects.get(pk=item.pk)
    assert (media.blob_name, media.sha256, media.added_at) == (
        item.blob_name,
        item.sha256,
        added_at,
    )
    assert not old.get_model("evidence", "EvidenceItem").objects.exists()
    migrate(AFTER)
    moved = EvidenceItem.objects.get(pk=item.pk)
    assert (moved.kind, moved.source, moved.blob_name) == ("image", "moderator", item.blob_name)
    assert moved.added_at == added_at and moved.added_at <= timezone.now()
    assert images.blurred_preview(moved).startswith(b"\x89PNG")


@pytest.mark.django_db(transaction=True)
def test_the_case_media_table_goes_only_after_its_rows_moved(back_to_latest):
    from django.db.migrations.loader import MigrationLoader

    graph = MigrationLoader(connection).graph
    drop = ("cases", "0009_drop_case_media")
    assert ("evidence", "0002_images_from_case_media") in graph.forwards_plan(drop)
    assert "cases_casemedia" not in connection.introspection.table_names()
    old = migrate([("cases", "0008_received_server_reports"), *AFTER])
    assert "cases_casemedia" in connection.introspection.table_names()
    assert old.get_model("cases", "CaseMedia")
