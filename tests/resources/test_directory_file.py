"""The reviewed data file loads, and a malformed entry refuses the whole file."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest

from haven.resources import directory
from haven.resources.directory import CheckStatus, InvalidDirectory, Service

TODAY = datetime.date(2026, 12, 7)


def _document() -> dict[str, Any]:
    return json.loads(directory.DATA_FILE.read_text(encoding="utf-8"))


def test_the_reviewed_file_loads_with_a_source_and_date_for_every_detail():
    orgs = directory.load()
    assert len(orgs) >= 40
    for org in orgs:
        assert "facts" in org.checks
        for detail in directory.CHECKED_DETAILS:
            if getattr(org, detail) is not None:
                assert detail in org.checks, (org.id, detail)
        for check in org.checks.values():
            assert check.source.startswith(("https://", "http://"))
            if check.status != CheckStatus.UNCHECKED:
                assert check.checked == TODAY and not check.month_only


def test_hashing_says_whether_the_image_leaves_the_device():
    orgs = {org.id: org for org in directory.load()}
    assert Service.HASH_ON_DEVICE in orgs["ncmec_take_it_down"].services
    assert Service.HASH_ON_DEVICE in orgs["stopncii"].services
    assert Service.HASH_BY_UPLOAD in orgs["report_remove"].services
    assert Service.HASH_ON_DEVICE not in orgs["report_remove"].services


def test_services_for_offenders_are_not_in_the_victims_directory():
    ids = {org.id for org in directory.load()}
    assert not {"stop_it_now_uk_ie", "stop_it_now_au"} & ids


def _broken(change) -> dict[str, Any]:
    document = _document()
    entry = copy.deepcopy(document["organisations"][0])
    change(entry)
    document["organisations"][0] = entry
    return document


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda e: e.update(phone="0800 000", checks={"facts": e["checks"]["facts"]}), "phone"),
        (lambda e: e.update(serves=["elderly"]), "serves"),
        (lambda e: e.update(services=["pay_them"]), "services"),
        (lambda e: e.update(countries=["Germany"]), "countries"),
        (lambda e: e.update(url="javascript:alert(1)"), "address"),
        (lambda e: e["checks"]["facts"].update(checked="last week"), "checked"),
        (lambda e: e["checks"]["facts"].update(status="trust me"), "status"),
        (lambda e: e["checks"]["facts"].update(checked="2026-12"), "full date"),
        (lambda e: e.pop("checks"), "checks"),
        (lambda e: e.update(name=""), "name"),
        (lambda e: e.update(id="Has Spaces"), "id"),
    ],
)
def test_a_malformed_entry_is_refused_with_its_name_and_field(change, named):
    with pytest.raises(InvalidDirectory) as refused:
        directory.parse(_broken(change))
    assert named in str(refused.value)


def test_an_id_used_twice_is_refused():
    document = _document()
    document["organisations"].append(document["organisations"][0])
    with pytest.raises(InvalidDirectory, match="twice"):
        directory.parse(document)


def test_a_check_older_than_a_year_is_stale_and_a_recent_one_is_not():
    entry = _document()["organisations"][0]
    entry["checks"] = {
        "facts": {"source": "https://example.org/", "checked": "2025-12-06", "status": "checked"}
    }
    old = directory.parse_organisation(entry)
    assert old.stale(TODAY)
    entry["checks"]["facts"]["checked"] = "2025-12-08"
    assert not directory.parse_organisation(entry).stale(TODAY)
