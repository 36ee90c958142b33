from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from django.conf import settings

from haven.evidence import store
from haven.evidence.s3store import S3Store
from tests.cases.conftest import case  # noqa: F401  (the same fresh case)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """An S3-compatible server on loopback: HAVEN_TEST_S3_ENDPOINT's, or moto's started here."""
    given = os.environ.get("HAVEN_TEST_S3_ENDPOINT")
    if given:
        yield given
        return
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def s3_store(endpoint: str) -> S3Store:
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    bucket = f"haven-test-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket)
    return S3Store(client, bucket)


@pytest.fixture(params=["local", "s3"])
def blob_store(request, monkeypatch, tmp_path) -> store.BlobStore:
    """Each evidence test that takes this runs against both stores, through the same code."""
    if request.param == "s3":
        chosen: store.BlobStore = s3_store(request.getfixturevalue("s3_endpoint"))
    else:
        chosen = store.LocalStore(Path(settings.HAVEN_DATA_DIR) / "media")
    monkeypatch.setattr(store, "get_store", lambda: chosen)
    return chosen
