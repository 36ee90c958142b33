"""Gunicorn settings for 'haven serve', loaded with ``-c python:haven.jobs.gunicorn_conf``.

Naming a config also stops gunicorn from executing a ``gunicorn.conf.py`` it finds
in the working directory. The address, worker counts and trusted proxies come
from 'haven serve' on the command line, which overrides what is here.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from gunicorn.glogging import Logger

# Anything but printable ASCII, and the backslash that starts an escape.
UNPRINTABLE = re.compile(r"[^\x20-\x7e]|\\")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape(value: str) -> str:
    """One printable line: a decoded ``%0a`` in a path cannot start a forged log line."""
    return UNPRINTABLE.sub(_escaped, value)


class AccessLogger(Logger):
    """Gunicorn's logger, with every access-log field escaped and no query string.

    Paths are decoded before gunicorn logs them, so CR, LF, ESC and the other
    control characters reach the log as they were sent unless escaped here. The
    query string is dropped from %(q)s and %(r)s: a form sent with GET would put
    what was typed there.
    """

    def atoms(
        self, resp: Any, req: Any, environ: dict[str, Any], request_time: timedelta
    ) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        atoms["q"] = "-"
        path = str(environ.get("RAW_URI", "")).split("?", 1)[0]
        atoms["r"] = f"{environ.get('REQUEST_METHOD')} {path} {environ.get('SERVER_PROTOCOL')}"
        return {k: escape(v) if isinstance(v, str) else v for k, v in atoms.items()}


logger_class = AccessLogger
wsgi_app = "haven.wsgi:application"

# Threads per process: a slow client does not hold a whole process.
worker_class = "gthread"
threads = 4
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycle processes now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200

# No access log by default. Its default format records the client address, user
# agent, referrer and query string of every request: for the report portal that
# is a list of who reported and when. 'haven serve --access-log' turns on a format
# without them (see haven.jobs.serve.ACCESS_LOG_FORMAT).
accesslog = None
errorlog = "-"
loglevel = "info"

# Nothing listens beside the HTTP port (gunicorn 25+ opens a control socket by default).
control_socket_disable = True
