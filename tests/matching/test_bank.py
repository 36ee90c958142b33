"""A case's hash bank: filled only under hashing consent, emptied with the index on withdrawal."""

from __future__ import annotations

import pytest

from haven.cases import consent
from haven.cases.models import ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.matching import actions, live
from haven.matching.hashing import hash_file
from haven.matching.models import BankedHash
from tests.cases.helpers import assert_timeline_ok, events_of_type
from tests.matching.synthetic import encoded, picture

HASH = ConsentScope.HASH_IMAGES
pytestmark = pytest.mark.django_db(transaction=True)  # after-commit work runs for real


def _hashes(tmp_path, seed: int = 1):
    path = tmp_path / f"p{seed}.jpg"
    path.write_bytes(encoded(picture(seed)))
    return hash_file(path)


def _consent(case, personas, *, given: bool) -> None:
    consent.record_consent(case, HASH, given=given, acting_user=personas.lead, method="portal")


def test_no_hash_is_banked_without_hashing_consent(case, personas, tmp_path) -> None:
    with pytest.raises(Conflict) as refused:
        actions.bank_hashes(case, _hashes(tmp_path), acting_user=personas.lead)
    assert refused.value.code == "no_hashing_consent"
    assert not BankedHash.objects.filter(case=case).exists()
    assert events_of_type(case, "matching.hashes_banked") == []


def test_banked_hashes_are_in_the_index_and_on_the_timeline(case, personas, tmp_path) -> None:
    _consent(case, personas, given=True)
    live.rebuild()
    hashes = _hashes(tmp_path)
    [row] = actions.bank_hashes(case, hashes, acting_user=personas.lead)
    assert [m.id for m in live.index().search([hashes.pdq.hex])] == [row.pk]
    [event] = events_of_type(case, "matching.hashes_banked")
    assert event.payload == {"count": 1}
    assert_timeline_ok(case)


def test_a_flat_picture_is_refused_with_the_reason(case, personas, tmp_path) -> None:
    from PIL import Image

    _consent(case, personas, given=True)
    path = tmp_path / "flat.png"
    Image.new("RGB", (200, 200), (90, 90, 90)).save(path)
    with pytest.raises(InvalidInput, match="too plain"):
        actions.bank_hashes(case, hash_file(path), acting_user=personas.lead)


def test_withdrawing_consent_empties_the_bank_and_the_index(case, personas, tmp_path) -> None:
    _consent(case, personas, given=True)
    live.rebuild()
    first, second = _hashes(tmp_path, 1), _hashes(tmp_path, 2)
    actions.bank_hashes(case, first, acting_user=personas.lead)
    actions.bank_hashes(case, second, acting_user=personas.lead)
    _consent(case, personas, given=False)
    assert not BankedHash.objects.filter(case=case).exists()
    assert live.index().search([first.pdq.hex, second.pdq.hex]) == []
    [event] = events_of_type(case, "matching.bank_emptied")
    assert event.payload == {"count": 2}
    consent_event = events_of_type(case, "consent.recorded")[-1]
    assert consent_event.seq == event.seq - 1  # the same change: withdrawn, then emptied
    assert_timeline_ok(case)


def test_the_index_is_rebuilt_from_the_banks(case, personas, tmp_path) -> None:
    _consent(case, personas, given=True)
    hashes = _hashes(tmp_path, 3)
    [row] = actions.bank_hashes(case, hashes, acting_user=personas.lead)
    assert [m.id for m in live.rebuild().search([hashes.pdq.hex])] == [row.pk]


def test_erasing_the_case_leaves_no_hash_in_the_bank_or_the_index(case, personas, tmp_path):
    from haven.cases.erasure import erase_case

    _consent(case, personas, given=True)
    live.rebuild()
    hashes = _hashes(tmp_path, 4)
    actions.bank_hashes(case, hashes, acting_user=personas.lead)
    erase_case(case, acting_user=personas.lead)
    assert not BankedHash.objects.exists()
    assert live.index().search([hashes.pdq.hex]) == []


def test_a_bank_emptied_by_another_process_matches_nothing_here(case, personas, tmp_path):
    _consent(case, personas, given=True)
    hashes = _hashes(tmp_path, 5)
    [row] = actions.bank_hashes(case, hashes, acting_user=personas.lead)
    assert [m.id for m in live.rebuild().search([hashes.pdq.hex])] == [row.pk]
    BankedHash.objects.filter(pk=row.pk).delete()  # as the web server's withdrawal would
    assert live.matches([hashes.pdq.hex]) == []
    assert live.index().search([hashes.pdq.hex]) == []  # and the stale entry is gone
