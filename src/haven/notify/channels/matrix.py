"""Matrix: an m.text message sent to the member's room with their own access token.

The transaction id is the delivery's, so a retry after a lost answer is the same
event to the homeserver, not a second message.
"""

from __future__ import annotations

from urllib.parse import quote

from haven.notify.channels import http
from haven.notify.message import Message
from haven.notify.targets import Target


def send(target: Target, message: Message, txn_id: str) -> None:
    room = quote(target.room, safe="")
    url = (
        f"{target.url.rstrip('/')}/_matrix/client/v3/rooms/{room}"
        f"/send/m.room.message/{quote(txn_id, safe='')}"
    )
    http.post(
        url,
        method="PUT",
        headers={"Authorization": f"Bearer {target.token}"},
        json={"msgtype": "m.text", "body": f"{message.title}\n{message.link}"},
    )
