"""How fast evidence is sealed and opened, next to a plain file copy in the same run, and memory.

    python bench/evidence.py [MEGABYTES]   (default 1024)

Encrypts a file of random bytes into the local store (as an upload does, in
1 MiB pieces), decrypts it back, and copies it plainly, reporting MB/s. Then,
each in a fresh process, the peak memory of an upload of that file through
Django's multipart parser and the sealing upload handler, and of a download
(the decrypting stream a response sends), above the same process idle. Uses
a throwaway data dir; prints figures, asserts nothing.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ["HAVEN_DATA_DIR"] = tempfile.mkdtemp(prefix="haven-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.testing.settings")

import django

django.setup()

from haven.cases import sealing  # noqa: E402
from haven.crypto.datadir import initialise  # noqa: E402
from haven.evidence import vault  # noqa: E402

PIECE = 1024 * 1024
CASE = "benchcase0000000000000"
ITEM = "benchitem000"
BOUNDARY = "haven-bench-boundary"


def pieces(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while piece := handle.read(PIECE):
            yield piece


def make_file(path: Path, megabytes: int) -> None:
    with path.open("wb") as handle:
        for _ in range(megabytes):
            handle.write(os.urandom(PIECE))


def timed(label: str, size: int, work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    rate = size / seconds / 1e6
    print(f"{label:<28} {seconds:8.2f} s  {rate:8.1f} MB/s")
    return rate


def _copy(source: Path, target: Path) -> None:
    with target.open("wb") as out:
        for piece in pieces(source):
            out.write(piece)
        out.flush()
        os.fsync(out.fileno())


def _drain(stream: Iterator[bytes]) -> int:
    return sum(len(piece) for piece in stream)


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def idle_mb() -> float:
    return _status_mb("VmRSS")


def peak_mb() -> float:
    return _status_mb("VmHWM")


class MultipartBody:
    """A multipart/form-data request body read from a file, never held whole."""

    def __init__(self, path: Path) -> None:
        self.head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.mp4"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{BOUNDARY}--\r\n".encode()
        self.length = len(self.head) + path.stat().st_size + len(self.tail)
        self._parts = itertools.chain([self.head], pieces(path), [self.tail])
        self._pending = b""

    def readline(self, size: int = -1) -> bytes:
        return self.read(size)

    def read(self, size: int = -1) -> bytes:
        while len(self._pending) < max(size, 1):
            nxt = next(self._parts, None)
            if nxt is None:
                break
            self._pending += nxt
        if size < 0:
            size = len(self._pending)
        out, self._pending = self._pending[:size], self._pending[size:]
        return out


def _upload(path: Path, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from django.core.handlers.wsgi import WSGIRequest

    from haven.evidence.uploads import SealingUploadHandler

    idle = idle_mb()
    body = MultipartBody(path)
    request = WSGIRequest(
        {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/",
            "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
            "CONTENT_LENGTH": str(body.length),
            "wsgi.input": body,
            "SERVER_NAME": "bench.example",
            "SERVER_PORT": "443",
            "wsgi.url_scheme": "https",
        }
    )
    handler = SealingUploadHandler(request, case_id=CASE, limit=10**12)
    request.upload_handlers = [handler]
    upload = request.FILES["file"]
    handler.discard_unclaimed()  # nothing claims it: the blob goes again
    out.put((idle, peak_mb(), upload.size))


def _download(name: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from django.http import StreamingHttpResponse

    idle = idle_mb()
    response = StreamingHttpResponse(vault.read(CASE, ITEM, name))
    size = _drain(iter(response))
    out.put((idle, peak_mb(), size))


def in_child(target, *args: object) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.get_context("fork").Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def main(megabytes: int) -> None:
    initialise()
    if not sealing.has_case_key(CASE):
        sealing.create_case_key(CASE)
    work = Path(tempfile.mkdtemp(prefix="haven-bench-files-"))
    source = work / "plain.bin"
    make_file(source, megabytes)
    size = source.stat().st_size
    print(f"{megabytes} MB of random bytes, {PIECE // 1024} KiB pieces, {os.cpu_count()} CPUs")
    copy = timed("plain copy (file to file)", size, lambda: _copy(source, work / "copy.bin"))
    blob: list[vault.SealedBlob] = []
    seal = timed(
        "seal into the store",
        size,
        lambda: blob.append(vault.seal_all(CASE, ITEM, pieces(source), limit=10**12)),
    )
    name = blob[0].name
    opened = timed("open from the store", size, lambda: _drain(vault.read(CASE, ITEM, name)))
    print(f"sealing is {copy / seal:.2f}x the copy's time; opening {copy / opened:.2f}x")
    idle, peak, got = in_child(_upload, source)
    print(f"upload of {got // PIECE} MB: peak {peak:.0f} MB, {peak - idle:.1f} MB above idle")
    idle, peak, got = in_child(_download, blob[0].name)
    print(f"download of {got // PIECE} MB: peak {peak:.0f} MB, {peak - idle:.1f} MB above idle")
    for path in work.iterdir():
        path.unlink()
    work.rmdir()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1024)
