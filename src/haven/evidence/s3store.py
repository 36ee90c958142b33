"""The evidence store in an S3-compatible bucket (``HAVEN_EVIDENCE_STORE=s3``).

Only ciphertext is sent: the object store is as untrusted as a disk. A blob is
written as one multipart upload, which becomes an object only when completed,
so an interrupted write leaves no object (``sweep`` aborts stale uploads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from django.conf import settings

from haven.evidence.store import READ_BYTES, STALE_SECONDS, Writer, _checked

PART_BYTES = 8 * 1024 * 1024  # S3 parts are at least 5 MiB but the last


class _PartWriter:
    def __init__(self, store: S3Store, key: str) -> None:
        self._store, self._key = store, key
        self._buffer = bytearray()
        self._upload_id = ""
        self._parts: list[dict[str, Any]] = []

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= PART_BYTES:
            self._send(bytes(self._buffer[:PART_BYTES]))
            del self._buffer[:PART_BYTES]

    def _send(self, body: bytes) -> None:
        client = self._store.client
        if not self._upload_id:
            started = client.create_multipart_upload(Bucket=self._store.bucket, Key=self._key)
            self._upload_id = started["UploadId"]
        number = len(self._parts) + 1
        sent = client.upload_part(
            Bucket=self._store.bucket,
            Key=self._key,
            UploadId=self._upload_id,
            PartNumber=number,
            Body=body,
        )
        self._parts.append({"ETag": sent["ETag"], "PartNumber": number})

    def complete(self) -> None:
        client, bucket = self._store.client, self._store.bucket
        if not self._upload_id:  # small enough for one request
            client.put_object(Bucket=bucket, Key=self._key, Body=bytes(self._buffer))
            return
        if self._buffer:
            self._send(bytes(self._buffer))
        client.complete_multipart_upload(
            Bucket=bucket,
            Key=self._key,
            UploadId=self._upload_id,
            MultipartUpload={"Parts": self._parts},
        )

    def abort(self) -> None:
        if self._upload_id:
            self._store.client.abort_multipart_upload(
                Bucket=self._store.bucket, Key=self._key, UploadId=self._upload_id
            )


class S3Store:
    def __init__(self, client: Any, bucket: str, prefix: str = "evidence/") -> None:
        self.client, self.bucket, self.prefix = client, bucket, prefix

    @classmethod
    def from_settings(cls) -> S3Store:
        client = boto3.client(
            "s3",
            endpoint_url=settings.HAVEN_EVIDENCE_S3_ENDPOINT or None,
            region_name=settings.HAVEN_EVIDENCE_S3_REGION,
            aws_access_key_id=settings.HAVEN_EVIDENCE_S3_ACCESS_KEY or None,
            aws_secret_access_key=settings.HAVEN_EVIDENCE_S3_SECRET_KEY or None,
            config=Config(retries={"max_attempts": 3, "mode": "standard"}),
        )
        return cls(client, settings.HAVEN_EVIDENCE_S3_BUCKET)

    def _key(self, name: str) -> str:
        return self.prefix + _checked(name)

    @contextmanager
    def writer(self, name: str) -> Iterator[Writer]:
        part_writer = _PartWriter(self, self._key(name))
        try:
            yield part_writer
            part_writer.complete()
        except BaseException:
            part_writer.abort()
            raise

    def read(self, name: str) -> Iterator[bytes]:
        body = self.client.get_object(Bucket=self.bucket, Key=self._key(name))["Body"]
        try:
            while piece := body.read(READ_BYTES):
                yield piece
        finally:
            body.close()

    def exists(self, name: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(name))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise
        return True

    def remove(self, names: Iterable[str]) -> None:
        for name in names:
            self.client.delete_object(Bucket=self.bucket, Key=self._key(name))

    def names(self) -> Iterator[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                yield item["Key"].removeprefix(self.prefix)

    def sweep(self) -> int:
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=STALE_SECONDS)
        listed = self.client.list_multipart_uploads(Bucket=self.bucket, Prefix=self.prefix)
        stale = [u for u in listed.get("Uploads", []) if u["Initiated"] < cutoff]
        for upload in stale:
            self.client.abort_multipart_upload(
                Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
            )
        return len(stale)
