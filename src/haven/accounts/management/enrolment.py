"""Prints a team member's authenticator setup and recovery codes to a terminal, once."""

from __future__ import annotations

import io
import sys
from typing import TextIO

import segno
from django.core.management.base import OutputWrapper

from haven.accounts.actions import Enrolment

_BLOCKS = "\u2580\u2584\u2588"


def _terminal_takes_blocks(stream: TextIO | OutputWrapper) -> bool:
    encoding = getattr(stream, "encoding", None) or getattr(sys.stdout, "encoding", None)
    try:
        _BLOCKS.encode(encoding or "ascii")
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def qr_text(uri: str, *, compact: bool = True) -> str:
    buffer = io.StringIO()
    segno.make(uri, error="m").terminal(out=buffer, compact=compact)
    return buffer.getvalue()


def write_enrolment(out: OutputWrapper, enrolment: Enrolment, *, qr: bool = True) -> None:
    user = enrolment.user
    out.write(f"Team member {user.get_username()} ({user.get_role_display()}).")
    out.write("")
    out.write("1. Add Haven to an authenticator app: scan the QR code, or open this address")
    out.write("   on the phone:")
    out.write(f"   {enrolment.otpauth_uri}")
    out.write("   or type this key by hand (time-based, 6 digits, every 30 seconds):")
    out.write(f"   {enrolment.secret_base32}")
    if qr:
        out.write("")
        out.write(qr_text(enrolment.otpauth_uri, compact=_terminal_takes_blocks(out)), ending="")
    out.write("")
    out.write("2. Recovery codes, each good for one sign-in when the phone is not at hand:")
    for code in enrolment.recovery_codes:
        out.write(f"   {code}")
    out.write("")
    out.write(
        "The key, the QR code and these recovery codes are shown once and never again. "
        "Give them to the team member in person or over a channel you trust, then clear "
        "this screen. Do not keep copies in chat or e-mail."
    )
