"""The edges of a deployment: bodies bounded before they are read, the same security
headers on every answer, oversized reports given back, an access log that cannot be forged.

`haven check` on a production configuration is in tests/core/test_check_command.py.
"""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote, urlencode

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import include, path
from gunicorn.config import Config
from packaging.requirements import Requirement

from haven.cases import actions
from haven.cases.intake import MAX_TOTAL_CHARS
from haven.cases.models import CaseNote
from haven.cases.notes import MAX_TEXT
from haven.jobs import gunicorn_conf
from haven.jobs.serve import ACCESS_LOG_FORMAT, WebOptions, web_command
from haven.web.limits import CHUNK
from tests.accounts.helpers import password_step

SIXTY_MB = 60 * 1024 * 1024
BOUNDARY = "edge-boundary"
SECURITY_HEADERS = (
    "Cache-Control",
    "Content-Security-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
    "Pragma",
    "Referrer-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "X-Frame-Options",
)


class MultipartUpload(io.RawIOBase):
    """A multipart body with one file of ``size`` bytes, made as it is read.

    It counts what was read and, while it is read, notes any file in ``watch``: a
    temporary upload file exists only while its request is being parsed.
    """

    def __init__(self, size: int, watch: Path | None = None) -> None:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="username"\r\n\r\nx\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            'filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        self.parts = [head, size, f"\r\n--{BOUNDARY}--\r\n".encode()]
        self.length = len(head) + size + len(self.parts[2])
        self.sent = 0
        self.watch = watch
        self.seen: set[str] = set()

    def read(self, size: int = -1) -> bytes:
        size = CHUNK if size is None or size < 0 else size
        out = bytearray()
        while self.parts and len(out) < size:
            want, part = size - len(out), self.parts[0]
            if isinstance(part, int):
                out += b"x" * min(part, want)
                rest: int | bytes = part - min(part, want)
            else:
                out += part[:want]
                rest = part[want:]
            if rest:
                self.parts[0] = rest
            else:
                self.parts.pop(0)
        self.sent += len(out)
        if self.watch is not None:
            self.seen.update(os.listdir(self.watch))
        return bytes(out)


def _post_upload(client: Client, url: str, body: MultipartUpload, *, sized: bool = True):
    extra = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length) if sized else "",
        "wsgi.input": body,
    }
    if not sized:
        extra["HTTP_TRANSFER_ENCODING"] = "chunked"
    return client.generic("POST", url, b"", **extra)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The temp dir Django and the tempfile module would write uploads to, watched."""
    where = tmp_path / "tmp"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    with override_settings(FILE_UPLOAD_TEMP_DIR=str(where)):
        yield where


def _security_headers(response: HttpResponse) -> dict[str, str]:
    return {name: response[name] for name in SECURITY_HEADERS if name in response}


# ---- Bounded before read -------------------------------------------------------------


@pytest.mark.django_db
def test_an_anonymous_60_mb_post_is_refused_unread_and_leaves_no_temp_file(private_tmp):
    body = MultipartUpload(SIXTY_MB, private_tmp)
    response = _post_upload(Client(), "/accounts/login/", body)
    assert response.status_code == 413
    assert body.sent == 0
    assert body.seen == set()
    assert list(private_tmp.iterdir()) == []
    page = response.content.decode()
    assert "more than Haven accepts at once (at most 1.0\xa0MB)" in page
    page_headers = _security_headers(Client().get("/accounts/login/"))
    assert _security_headers(response) == page_headers


@pytest.mark.django_db
def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_cap(private_tmp):
    body = MultipartUpload(SIXTY_MB, private_tmp)
    response = _post_upload(Client(), "/accounts/login/", body, sized=False)
    assert response.status_code == 413
    assert body.sent <= settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES + CHUNK
    assert body.seen == set()
    assert list(private_tmp.iterdir()) == []


@pytest.mark.django_db
def test_a_chunked_body_under_the_cap_reaches_the_form(personas):
    # Django alone reads nothing of a body without a length: the form would be empty.
    client = Client()
    form = f"username={personas.moderator.username}&password=wrong".encode()
    response = client.generic(
        "POST",
        "/accounts/login/",
        b"",
        CONTENT_TYPE="application/x-www-form-urlencoded",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": io.BytesIO(form)},
    )
    assert response.status_code == 200
    assert f'value="{personas.moderator.username}"' in response.content.decode()


@pytest.mark.django_db
def test_an_anonymous_upload_under_the_cap_stays_in_memory(private_tmp):
    body = MultipartUpload(settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES - 4096, private_tmp)
    response = _post_upload(Client(), "/accounts/login/", body)
    assert response.status_code == 200  # the sign-in form again
    assert body.sent == body.length
    assert body.seen == set()
    assert list(private_tmp.iterdir()) == []


def test_staff_may_send_more_than_strangers():
    assert settings.HAVEN_STAFF_MAX_BODY_BYTES > settings.HAVEN_MEDIA_MAX_BYTES
    assert settings.HAVEN_EVIDENCE_UPLOAD_MAX_BODY_BYTES > settings.HAVEN_EVIDENCE_MAX_BYTES
    assert settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES < settings.HAVEN_STAFF_MAX_BODY_BYTES
    # Django's own limits never cut in before Haven's, and uploads never go to disk.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == settings.HAVEN_STAFF_MAX_BODY_BYTES
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == settings.HAVEN_STAFF_MAX_BODY_BYTES
    assert settings.FILE_UPLOAD_HANDLERS == [
        "django.core.files.uploadhandler.MemoryFileUploadHandler"
    ]


def test_a_signed_in_moderator_gets_the_staff_cap(personas, login, private_tmp):
    client = login(personas.moderator)
    anonymous_cap = settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES
    under_staff_cap = MultipartUpload(anonymous_cap * 3, private_tmp)
    response = _post_upload(client, "/cases/new/", under_staff_cap)
    assert response.status_code == 400  # read, then refused by the form: not a 413
    assert under_staff_cap.sent == under_staff_cap.length
    over = MultipartUpload(settings.HAVEN_STAFF_MAX_BODY_BYTES)
    assert _post_upload(client, "/cases/new/", over).status_code == 413
    assert over.sent == 0
    assert under_staff_cap.seen == set()
    assert list(private_tmp.iterdir()) == []


# ---- The same security headers on every answer ---------------------------------------


def _boom(request):
    raise RuntimeError("a synthetic failure")


urlpatterns = [path("boom/", _boom), path("", include("haven.urls"))]


def test_every_answer_carries_the_same_security_headers(personas, login, settings):
    settings.SECURE_HSTS_SECONDS = 63072000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.ROOT_URLCONF = __name__
    staff = login(personas.moderator)
    expected = _security_headers(staff.get("/", secure=True))
    assert set(expected) == set(SECURITY_HEADERS)
    assert expected["Strict-Transport-Security"] == "max-age=63072000; includeSubDomains; preload"
    assert expected["Cache-Control"] == "no-store, max-age=0"

    password_only = Client()
    assert password_step(password_only, personas.lead.username).status_code == 302
    staff.raise_request_exception = False
    answers = {
        "the gate, to the sign-in": Client().get("/", secure=True),
        "the gate, to the second factor": password_only.get("/", secure=True),
        "a host Haven does not serve": Client().get("/", secure=True, HTTP_HOST="evil.example"),
        "a body too large": Client().post(
            "/accounts/login/", secure=True, CONTENT_LENGTH=str(SIXTY_MB)
        ),
        "a page that does not exist": staff.get("/cases/no-such-case/", secure=True),
        "a server error": staff.get("/boom/", secure=True),
    }
    statuses = {what: response.status_code for what, response in answers.items()}
    assert list(statuses.values()) == [302, 302, 400, 413, 404, 500]
    for what, response in answers.items():
        assert _security_headers(response) == expected, what


# ---- An oversized report comes back with its text ------------------------------------

EMOJI = "\U0001f600"  # 12 bytes once a browser percent-encodes it


def _report(**boxes: str) -> str:
    form = {"kind": "sextortion", "priority": "2", "comment": ""}
    form.update({f"post_{n}": "" for n in range(1, 6)})
    form.update(boxes)
    return urlencode(form)


def _post_form(client: Client, url: str, body: str):
    assert len(body) > 2_621_440  # past Django's default 2.5 MB, which answered a bare 400
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


def test_an_over_long_box_comes_back_with_its_text_and_says_why(personas, login):
    client = login(personas.moderator)
    text = "Synthetic report. " + EMOJI * (MAX_TEXT * 2 + 20_000)
    response = _post_form(client, "/cases/new/", _report(comment=text))
    assert response.status_code == 400
    page = response.content.decode()
    assert f"This box has {len(text):,} characters; one box holds at most {MAX_TEXT:,}." in page
    assert "your text is still here" in page
    assert text in page  # in its box, as typed
    assert "autofocus" in page.split(text)[0].rsplit("<textarea", 1)[1]
    assert not CaseNote.objects.exists()


def test_an_over_long_report_added_to_a_case_comes_back_with_its_text(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    client = login(personas.moderator)
    boxes = {
        "comment": "Synthetic. " + EMOJI * (MAX_TEXT - 100),
        "post_1": "Synthetic. " + EMOJI * (MAX_TEXT - 100),
        "post_2": "Synthetic. " + EMOJI * (MAX_TOTAL_CHARS // 10),
    }
    response = _post_form(client, f"/cases/{case.pk}/reports/", _report(**boxes))
    assert response.status_code == 302 and response.url.endswith("#reports")
    page = client.get(response.url).content.decode()
    total = sum(map(len, boxes.values()))
    assert f"This report has {total:,} characters in all; one report holds at most" in page
    assert all(text in page for text in boxes.values())
    assert not CaseNote.objects.filter(case=case).exists()


# ---- The access log cannot be forged and keeps no content ----------------------------

FORGED = "/cases/x%0a2026-12-06 12:00:00 INFO forged line\x1b[2J"


def _access_line(tmp_path: Path, log_format: str, environ: dict[str, str]) -> str:
    log = tmp_path / "access.log"
    log.unlink(missing_ok=True)
    config = Config()
    config.set("accesslog", str(log))
    config.set("access_log_format", log_format)
    config.set("logger_class", gunicorn_conf.logger_class)  # as gunicorn reads the module
    logger = config.logger_class(config)
    response = SimpleNamespace(status="404 Not Found", sent=12, headers=[])
    request = SimpleNamespace(headers=[("USER-AGENT", environ.get("HTTP_USER_AGENT", ""))])
    logger.access(response, request, environ, timedelta(microseconds=1500))
    logger.close_on_exec()
    for handler in logger.access_log.handlers:
        handler.close()
    return log.read_text(encoding="utf-8")


def _environ(path: str, query: str = "", agent: str = "", referer: str = "") -> dict[str, str]:
    raw = path + (f"?{query}" if query else "")
    return {
        "REQUEST_METHOD": "GET",
        "RAW_URI": raw,
        "PATH_INFO": unquote(path),  # gunicorn decodes the path, as WSGI says
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.7",
        "HTTP_USER_AGENT": agent,
        "HTTP_REFERER": referer,
    }


def test_haven_serve_uses_the_escaping_access_logger():
    assert gunicorn_conf.logger_class is gunicorn_conf.AccessLogger


def test_control_characters_in_the_access_log_are_escaped(tmp_path):
    environ = _environ(FORGED, "code=x%0ay", agent="agent\x1b]0;title\x07", referer="r\r\nX")
    line = _access_line(tmp_path, ACCESS_LOG_FORMAT, environ)
    assert line.count("\n") == 1, line
    assert "\x1b" not in line
    assert '"GET /cases/x\\x0a2026-12-06 12:00:00 INFO forged line\\x1b[2J" 404 12 1500' in line
    # Every field an operator might add to the format is escaped too.
    combined = '%(r)s %(q)s "%(a)s" "%(f)s" %(U)s'
    line = _access_line(tmp_path, combined, environ)
    assert line.count("\n") == 1, line
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", line.rstrip("\n"))
    assert '"agent\\x1b]0;title\\x07" "r\\x0d\\x0aX"' in line


def test_the_access_log_keeps_no_query_string(tmp_path):
    environ = _environ("/cases/abc/", "q=what+the+victim+typed")
    line = _access_line(tmp_path, "%(r)s %(q)s %(U)s", environ)
    assert line == "GET /cases/abc/ HTTP/1.1 - /cases/abc/\n"


# ---- Dependencies come from a lock file with hashes ----------------------------------

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(
    r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})+)", re.M
)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    pins = {_normal(name): version for name, version, _ in PIN.findall(text)}
    named = re.findall(r"^[A-Za-z0-9][^\s#]*", text, re.M)
    assert len(named) == len(pins), f"{lock}: a requirement without --hash lines"
    return pins


def _wanted(*extras: str) -> list:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = [*project["dependencies"]]
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize(
    ("lock", "extras"), [("requirements.lock", ()), ("requirements-dev.lock", ("dev",))]
)
def test_every_dependency_is_pinned_with_hashes_within_its_range(lock, extras):
    pins = _pins(lock)
    for requirement in _wanted(*extras):
        version = pins.get(_normal(requirement.name))
        assert version, f"{requirement.name} is not in {lock}: run 'bash scripts/lock'"
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {requirement.name}=={version}, outside {requirement.specifier}: "
            "run 'bash scripts/lock'"
        )


def test_the_runtime_pins_are_the_ones_the_tests_run_on():
    dev = _pins("requirements-dev.lock")
    assert {name: dev.get(name) for name in _pins("requirements.lock")} == _pins(
        "requirements.lock"
    )


def test_both_readme_commands_install_from_the_locks():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme, re.S)[:2]
    try_it, test_it = commands
    assert "pip install -q --require-hashes -r requirements.lock" in try_it
    assert "pip install -q --no-deps -e ." in try_it
    assert test_it == "make check"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install_dev = makefile.split("\ninstall-dev:")[1].split("\n\n")[0]
    assert "--require-hashes -r requirements-dev.lock" in install_dev
    assert "--no-deps -e ." in install_dev
    assert re.search(r"^check: install-dev ", makefile, re.M)
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("\nmake check")


# ---- The same, through gunicorn as 'haven serve' runs it -----------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Gunicorn with Haven's config and access log, its temp dir watched."""
    base = tmp_path_factory.mktemp("served")
    (base / "tmp").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HAVEN_", "DATABASE_URL"))}
    env.update(
        HAVEN_DATA_DIR=str(base / "var"), TMPDIR=str(base / "tmp"), PYTHONPATH=str(ROOT / "src")
    )
    env["DJANGO_SETTINGS_MODULE"] = "haven.settings"
    init = [sys.executable, "-m", "haven", "init"]
    subprocess.run(init, env=env, check=True, capture_output=True, timeout=120)
    port = _free_port()
    options = WebOptions("127.0.0.1", port, 1, 2, "127.0.0.1", access_log=True)
    log = base / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(web_command(options), env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while b"Booting worker" not in log.read_bytes() or _send(port, b"GET /healthz")[0] != 200:
            assert time.monotonic() < deadline and server.poll() is None, log.read_text()
            time.sleep(0.2)
        yield SimpleNamespace(port=port, tmp=base / "tmp", log=log)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _send(port: int, head: bytes, body: bytes = b"", headers: str = "") -> tuple[int, str]:
    """One request on a raw socket; the status and the head of the answer."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(head + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.encode() + b"\r\n")
            sock.sendall(body)
            answer = b""
            while b"\r\n\r\n" not in answer and (part := sock.recv(65536)):
                answer += part
    except OSError:
        return 0, ""
    text = answer.split(b"\r\n\r\n")[0].decode("latin-1")
    return int(text.split(" ", 2)[1]) if text else 0, text


def _served_headers(head: str) -> set[str]:
    names = {line.split(":", 1)[0].lower() for line in head.split("\r\n")[1:]}
    return names & {name.lower() for name in SECURITY_HEADERS}


@pytest.mark.slow
def test_gunicorn_refuses_a_60_mb_anonymous_post_before_reading_it(served):
    headers = (
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {SIXTY_MB}\r\n"
    )
    start = MultipartUpload(SIXTY_MB).read(256 * 1024)  # the rest is never sent
    status, head = _send(served.port, b"POST /accounts/login/", start, headers)
    assert status == 413, head
    assert list(served.tmp.iterdir()) == []
    _, page = _send(served.port, b"GET /accounts/login/")
    assert _served_headers(head) == _served_headers(page)
    assert "content-security-policy" in _served_headers(head)


@pytest.mark.slow
def test_gunicorn_refuses_a_chunked_body_once_it_passes_the_cap(served):
    chunk = b"x" * CHUNK
    body = (b"%x\r\n%s\r\n" % (len(chunk), chunk)) * 40  # 2.5 MB, never terminated
    headers = "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
    status, head = _send(served.port, b"POST /accounts/login/", body, headers)
    assert status == 413, head
    assert list(served.tmp.iterdir()) == []


@pytest.mark.slow
def test_the_served_access_log_escapes_a_forged_line(served):
    status, _ = _send(served.port, b"GET /cases/x%0aFORGED%1b[2J?code=secret%0aFORGED")
    assert status == 302
    deadline = time.monotonic() + 10
    while b"FORGED" not in served.log.read_bytes():
        assert time.monotonic() < deadline
        time.sleep(0.1)
    lines = served.log.read_text(encoding="utf-8").splitlines()
    forged = [line for line in lines if "FORGED" in line]
    assert len(forged) == 1, lines
    assert '"GET /cases/x\\x0aFORGED\\x1b[2J" 302 ' in forged[0]
    assert not any(line.startswith("FORGED") for line in lines)
    assert "secret" not in served.log.read_text(encoding="utf-8")
