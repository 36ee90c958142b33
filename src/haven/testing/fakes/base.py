"""The common part of the fake fediverse servers: a real HTTP server on loopback.

Tests and the demo talk to a fake over a socket, as Haven talks to a real
server: nothing is patched. Each software's fake (``fakes.mastodon``…) adds its
routes and state; this base gives them

- a record of every request received (method, path, query, headers, raw body,
  the form or JSON it carried), so a test asserts exactly what Haven sent;
- bearer-token checks;
- failures on demand: the next N requests answer 500, time out (the answer comes
  after the client gave up), or are rate limited with the software's own headers.

    with FakeMastodon() as server:
        server.url          # http://127.0.0.1:PORT
        server.requests     # [RecordedRequest, ...]
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-cased names
    body: bytes

    @property
    def form(self) -> dict[str, list[str]]:
        if "application/x-www-form-urlencoded" not in self.headers.get("content-type", ""):
            return {}
        return parse_qs(self.body.decode(), keep_blank_values=True)

    @property
    def json(self) -> Any:
        if "json" not in self.headers.get("content-type", "") or not self.body:
            return None
        return json.loads(self.body)

    def param(self, name: str) -> str | None:
        """A form, JSON or query parameter as sent, or None when it was not sent."""
        for source in (self.form, self.query):
            if name in source:
                return source[name][-1]
        data = self.json
        if isinstance(data, dict) and name in data:
            value = data[name]
            return json.dumps(value) if not isinstance(value, str) else value
        return None


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-serialisable, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json; charset=utf-8"


Handler = Callable[[RecordedRequest, re.Match[str]], Response]


class FakeServer:
    """Subclasses add routes in ``__init__`` (``self.route``) and keep state under ``self.lock``."""

    def __init__(self, tokens: Mapping[str, object] | None = None) -> None:
        self.lock = threading.RLock()
        self.requests: list[RecordedRequest] = []
        # token -> whatever the subclass needs to know about it (scopes, role…)
        self.tokens: dict[str, object] = dict(tokens or {})
        self._routes: list[tuple[str, re.Pattern[str], Handler, bool]] = []
        self._failures: list[tuple[str, float]] = []  # ("500" | "slow" | "429", seconds)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- set-up -----------------------------------------------------------
    def route(self, method: str, pattern: str, handler: Handler, *, auth: bool = True) -> None:
        self._routes.append((method.upper(), re.compile(pattern + r"\Z"), handler, auth))

    def fail_next(self, count: int = 1, *, status: int = 500) -> None:
        with self.lock:
            self._failures.extend([(str(status), 0.0)] * count)

    def slow_next(self, count: int = 1, *, seconds: float = 2.0) -> None:
        with self.lock:
            self._failures.extend([("slow", seconds)] * count)

    def rate_limit_next(self, count: int = 1, *, reset_in: float = 1.0) -> None:
        with self.lock:
            self._failures.extend([("429", reset_in)] * count)

    def rate_limit_headers(self, reset_in: float) -> dict[str, str]:
        """The software's own rate-limit headers on a 429; subclasses override."""
        return {"Retry-After": str(max(1, round(reset_in)))}

    def authorised(self, request: RecordedRequest) -> object | None:
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        return self.tokens.get(token) if token else None

    # --- life -------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "start the fake server first"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> Self:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = RecordedRequest(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                response = fake.handle(request)
                payload = (
                    response.body
                    if isinstance(response.body, bytes)
                    else b""
                    if response.body is None and response.status == 204
                    else json.dumps(response.body).encode()
                )
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(payload)))
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving ----------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Response:
        with self.lock:
            self.requests.append(request)
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            kind, seconds = failure
            if kind == "slow":
                time.sleep(seconds)
            elif kind == "429":
                headers = self.rate_limit_headers(seconds)
                return Response(429, {"error": "Too many requests"}, headers)
            else:
                return Response(int(kind), {"error": "Internal server error"})
        for method, pattern, handler, auth in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                if auth and self.authorised(request) is None:
                    return Response(401, {"error": "The access token is invalid"})
                with self.lock:
                    return handler(request, match)
        return Response(404, {"error": "Record not found"})

    def requests_to(self, method: str, path_pattern: str) -> list[RecordedRequest]:
        pattern = re.compile(path_pattern + r"\Z")
        with self.lock:
            return [r for r in self.requests if r.method == method and pattern.match(r.path)]
