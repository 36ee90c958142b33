"""Real servers on loopback that take Haven's notifications: SMTP (aiosmtpd) and HTTP."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from urllib.parse import unquote

from aiosmtpd.controller import Controller

from haven.testing.fakes.base import FakeServer, RecordedRequest, Response

MATRIX_TOKEN = "syt_synthetic_matrix_token"
MATRIX_SEND = r"/_matrix/client/v3/rooms/(?P<room>[^/]+)/send/m\.room\.message/(?P<txn>[^/]+)"


@dataclass(frozen=True)
class ReceivedMail:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def text(self) -> str:
        """Headers and decoded body together, for asserting what is and is not there."""
        message = self.message
        body = message.get_body(("plain",))
        assert body is not None
        return f"{message.as_string()}\n{body.get_content()}"


class _Collect:
    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.received.append(
                ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
            )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SmtpServer:
    """aiosmtpd on 127.0.0.1: ``received`` holds every message as it came over the wire."""

    def __init__(self) -> None:
        self._handler = _Collect()
        self.port = free_port()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)

    @property
    def received(self) -> list[ReceivedMail]:
        with self._handler.lock:
            return list(self._handler.received)

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


class HookReceiver(FakeServer):
    """Takes POSTs anywhere (an ntfy topic, a webhook); ``/moved`` redirects elsewhere."""

    def __init__(self, redirect_to: str = "") -> None:
        super().__init__(tokens={MATRIX_TOKEN: "synthetic matrix user"})
        self.redirect_to = redirect_to
        self.route("POST", r"/moved", self._moved, auth=False)
        self.route("POST", r"/.*", self._take, auth=False)
        # Matrix's client-server API: PUT /rooms/{roomId}/send/{eventType}/{txnId}.
        self.route("PUT", MATRIX_SEND, self._matrix, auth=True)
        self.matrix_events: dict[tuple[str, str], Any] = {}

    def _matrix(self, request: RecordedRequest, match: Any) -> Response:
        # A repeated transaction id is the same event: the homeserver answers it again.
        key = (unquote(match["room"]), unquote(match["txn"]))
        self.matrix_events.setdefault(key, request.json)
        return Response(200, {"event_id": f"$synthetic-{len(self.matrix_events)}"})

    def _take(self, request: RecordedRequest, match: Any) -> Response:
        return Response(200, {"id": "synthetic"})

    def _moved(self, request: RecordedRequest, match: Any) -> Response:
        return Response(307, {}, {"Location": self.redirect_to})

    def posts(self) -> list[RecordedRequest]:
        return self.requests_to("POST", r"/(?!moved).*")
