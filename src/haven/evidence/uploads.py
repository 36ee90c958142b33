"""Uploads sealed as they are read: no plaintext temporary file, no whole file in memory.

Django's default handlers write a large upload to a temporary file in clear.
``SealingUploadHandler`` instead encrypts each piece of the request body as it
arrives, into a new blob of the evidence store, and hands the form a
``SealedUpload`` (name, size, SHA-256, the first bytes for sniffing). Whatever
the view then does, it must call ``discard_unclaimed`` when it is done: an
upload that intake did not take (a refused form, a disconnect halfway) is
deleted, so nothing partial is left.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from haven.evidence import store, vault


class SealedUpload(UploadedFile):
    """What the form sees of a sealed upload; its bytes are only in the store.

    The client's file name is kept for the form only: never stored, never a path.
    """

    def __init__(self, item_id: str, blob: vault.SealedBlob, client_name: str) -> None:
        super().__init__(None, name=client_name or "upload", size=blob.size)
        self.item_id, self.blob = item_id, blob
        self.claimed = False


class SealingUploadHandler(FileUploadHandler):
    def __init__(self, request: Any, *, case_id: str, limit: int) -> None:
        super().__init__(request)
        self.case_id, self.limit = case_id, limit
        self.uploads: list[SealedUpload] = []
        self.too_large = False
        self._stack: ExitStack | None = None
        self._writer: vault.SealingWriter | None = None
        self._item_id = ""

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self._item_id = vault.new_item_id()
        self._stack = ExitStack()
        self._writer = self._stack.enter_context(
            vault.sealing_into(self.case_id, self._item_id, limit=self.limit)
        )

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        assert self._writer is not None
        try:
            self._writer.write(raw_data)
        except vault.TooLarge:
            self.too_large = True
            self._abandon()
            raise StopUpload(connection_reset=False) from None

    def file_complete(self, file_size: int) -> SealedUpload | None:
        if self._writer is None or self._stack is None:
            return None
        blob = self._writer.sealed()
        self._stack.close()  # the blob is now stored whole
        self._stack = self._writer = None
        upload = SealedUpload(self._item_id, blob, self.file_name or "")
        self.uploads.append(upload)
        return upload

    def upload_interrupted(self) -> None:
        self._abandon()

    def _abandon(self) -> None:
        if self._stack is not None:
            stack, self._stack, self._writer = self._stack, None, None
            stack.__exit__(StopUpload, StopUpload(), None)

    def discard_unclaimed(self) -> None:
        """Delete every sealed upload intake did not take, and any one cut off halfway."""
        self._abandon()
        store.remove([u.blob.name for u in self.uploads if not u.claimed])
