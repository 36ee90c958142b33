"""Captured media is fetched only from the server's own hosts, never from an inward address."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haven.fediverse import capture_fetch, capture_run
from haven.fediverse.capture_fetch import MediaRefused
from haven.fediverse.models import CapturedWhat, CaptureRun, Connection, HeldItem
from haven.testing.fakes.gotosocial import FakeGoToSocial
from tests.cases.helpers import synthetic_png
from tests.fediverse.test_capture import connect, reported_case

pytestmark = pytest.mark.django_db
MiB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _media_url(server: FakeGoToSocial, data: bytes) -> str:
    status = server.add_status(server.add_account("x", domain="elsewhere.example"), "", media=data)
    return str(server.statuses[status]["media_attachments"][0]["url"])


def test_the_connections_own_loopback_host_is_fetched(server):
    connection = connect(server)
    data = synthetic_png(seed=2)
    assert (
        b"".join(capture_fetch.fetch(connection, _media_url(server, data), max_bytes=MiB)) == data
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/fileserver/x",  # private
        "http://192.168.0.7/fileserver/x",
        "http://169.254.169.254/latest/meta-data/",  # link-local: cloud metadata
        "http://[fd00::1]/fileserver/x",
        "http://[fe80::1]/fileserver/x",
    ],
)
def test_private_and_link_local_addresses_are_refused_even_when_declared(server, url):
    hosts = ["10.1.2.3", "192.168.0.7", "169.254.169.254", "fd00::1", "fe80::1"]
    connection = connect(server, media_hosts=hosts)
    with pytest.raises(MediaRefused, match="private, loopback or link-local"):
        b"".join(capture_fetch.fetch(connection, url, max_bytes=MiB))


def test_loopback_is_refused_for_a_connection_that_is_not_on_loopback():
    connection = Connection(
        base_url="https://gts.example",
        software="gotosocial",
        domain="gts.example",
        media_hosts=["127.0.0.1", "2130706433"],
    )
    for url in ("https://127.0.0.1/x", "https://2130706433/x"):
        with pytest.raises(MediaRefused):
            b"".join(capture_fetch.fetch(connection, url, max_bytes=MiB))


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.elsewhere.example/media/x.png",  # not the server's
        "http://localhost:9/x",  # loopback by name, not the connection's host
        "ftp://127.0.0.1/x",
        "file:///etc/passwd",
    ],
)
def test_hosts_off_the_allowlist_and_other_schemes_are_refused(server, url):
    connection = connect(server, media_hosts=["media.gts.example"])
    with pytest.raises(MediaRefused):
        b"".join(capture_fetch.fetch(connection, url, max_bytes=MiB))
    assert server.requests_to("GET", r"/fileserver/.*") == []


def test_a_file_past_the_cap_is_refused(server):
    connection = connect(server)
    url = _media_url(server, b"\0" * (64 * 1024))
    with pytest.raises(MediaRefused, match="larger"):
        b"".join(capture_fetch.fetch(connection, url, max_bytes=1024))


def test_a_slow_media_server_times_out(server, monkeypatch):
    import httpx

    monkeypatch.setattr(capture_fetch, "TIMEOUT", httpx.Timeout(0.3))
    connection = connect(server)
    url = _media_url(server, b"x")
    server.slow_next(seconds=1.5)
    with pytest.raises(capture_fetch.ServerUnavailable):
        b"".join(capture_fetch.fetch(connection, url, max_bytes=MiB))


def test_an_off_allowlist_media_is_counted_refused_and_the_capture_still_finishes(server):
    case, status = reported_case(server, media=synthetic_png(seed=1))
    server.statuses[status]["media_attachments"][0]["url"] = "https://cdn.elsewhere.example/m.png"
    run = CaptureRun.objects.get(case=case)
    capture_run.run(run.pk)
    run.refresh_from_db()
    assert run.media_refused == 1
    assert not HeldItem.objects.filter(capture=run, what=CapturedWhat.MEDIA).exists()
