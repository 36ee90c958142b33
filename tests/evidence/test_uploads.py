"""Uploads are sealed as the request is read: no temporary file, nothing left when refused."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.http import UnreadablePostError
from django.test import RequestFactory

from haven.evidence import store, uploads, vault
from tests.evidence.helpers import files_holding, marker, plaintext_with


def assert_no_partial(blob_store) -> None:
    if isinstance(blob_store, store.LocalStore):
        assert not list(blob_store.directory.glob(".partial-*"))


def request_with(data: bytes, name: str = "file.bin"):
    return RequestFactory().post("/upload/", {"file": SimpleUploadedFile(name, data)})


def sealed_from(request, case, limit=50 * 1024 * 1024):
    handler = uploads.SealingUploadHandler(request, case_id=case.pk, limit=limit)
    request.upload_handlers = [handler]
    return handler, request.FILES.get("file")


def test_an_upload_is_sealed_as_it_streams(case, blob_store):
    mark = marker()
    data = plaintext_with(mark, 3 * 1024 * 1024 + 7)
    handler, upload = sealed_from(request_with(data), case)
    assert isinstance(upload, uploads.SealedUpload)
    assert upload.size == len(data)
    assert b"".join(vault.read(case.pk, upload.item_id, upload.blob.name)) == data
    assert files_holding(mark) == []
    upload.claimed = True
    handler.discard_unclaimed()
    assert blob_store.exists(upload.blob.name)


def test_an_unclaimed_upload_is_deleted(case, blob_store):
    handler, upload = sealed_from(request_with(b"refused by the form"), case)
    handler.discard_unclaimed()
    assert not blob_store.exists(upload.blob.name)


def test_an_upload_over_the_limit_is_refused_and_leaves_nothing(case, blob_store):
    mark = marker()
    before = set(blob_store.names())
    handler, upload = sealed_from(request_with(plaintext_with(mark, 500_000)), case, limit=100_000)
    assert upload is None
    assert handler.too_large
    handler.discard_unclaimed()
    assert set(blob_store.names()) == before
    assert files_holding(mark) == []
    assert_no_partial(blob_store)


class _Cut(io.BytesIO):
    """A request body whose client disconnects after ``at`` bytes."""

    def __init__(self, data: bytes, at: int) -> None:
        super().__init__(data)
        self.at = at

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() >= self.at:
            raise OSError("client disconnected")
        return super().read(min(size if size and size > 0 else self.at, self.at - self.tell()))


def test_an_upload_interrupted_halfway_leaves_nothing(case, blob_store):
    mark = marker()
    full = request_with(plaintext_with(mark, 2 * 1024 * 1024))
    raw = full.body
    environ = {**full.META, "wsgi.input": _Cut(raw, len(raw) // 2)}
    request = WSGIRequest(environ)
    before = set(blob_store.names())
    handler = uploads.SealingUploadHandler(request, case_id=case.pk, limit=10**9)
    request.upload_handlers = [handler]
    with pytest.raises(UnreadablePostError):
        request._load_post_and_files()
    handler.discard_unclaimed()
    assert set(blob_store.names()) == before
    assert files_holding(mark) == []
    assert_no_partial(blob_store)
