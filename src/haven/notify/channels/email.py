"""E-mail through Django's SMTP backend, to the address on the member's account.

The SMTP backend is named here rather than taken from ``EMAIL_BACKEND``: the
desk's only mail is this, and its server is configured by ``HAVEN_SMTP_*``.
"""

from __future__ import annotations

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from haven.accounts.models import User
from haven.notify.channels import TryLater, Undeliverable
from haven.notify.message import Message

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def configured() -> bool:
    return bool(settings.HAVEN_SMTP_HOST)


def send(user: User, message: Message) -> None:
    if not configured():
        raise Undeliverable("E-mail is not set up on this desk.", code="smtp_not_configured")
    if not user.email:
        raise Undeliverable("This member has no e-mail address.", code="no_address")
    connection = get_connection(
        SMTP_BACKEND,
        host=settings.HAVEN_SMTP_HOST,
        port=settings.HAVEN_SMTP_PORT,
        username=settings.HAVEN_SMTP_USER or None,
        password=settings.HAVEN_SMTP_PASSWORD or None,
        use_tls=settings.HAVEN_SMTP_SECURITY == "starttls",
        use_ssl=settings.HAVEN_SMTP_SECURITY == "tls",
        timeout=settings.HAVEN_SMTP_TIMEOUT_SECONDS,
        fail_silently=False,
    )
    mail = EmailMessage(
        subject=message.title,
        body=message.body,
        from_email=settings.HAVEN_NOTIFY_FROM,
        to=[user.email],
        connection=connection,
    )
    try:
        mail.send()
    except smtplib.SMTPRecipientsRefused:
        raise Undeliverable("The mail server refused the address.", code="smtp_refused") from None
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        raise TryLater(
            f"The mail server could not take the message ({type(exc).__name__}).", code="smtp"
        ) from None
