"""The fake servers' common part answers over a real socket and records what it got."""

from __future__ import annotations

import httpx

from haven.testing.fakes.base import FakeServer, Response


def _server() -> FakeServer:
    server = FakeServer(tokens={"good": {"scopes": ["admin:read"]}})
    server.route("POST", r"/api/things/(?P<id>\d+)", lambda r, m: Response(200, {"id": m["id"]}))
    server.route("GET", r"/open", lambda r, m: Response(200, {"ok": True}), auth=False)
    return server


def test_routes_tokens_and_the_record():
    with _server() as server:
        ok = httpx.post(
            f"{server.url}/api/things/7",
            data={"send_email_notification": "false"},
            headers={"Authorization": "Bearer good"},
        )
        assert ok.json() == {"id": "7"}
        assert httpx.post(f"{server.url}/api/things/7").status_code == 401
        assert httpx.get(f"{server.url}/missing").status_code == 404
        assert httpx.get(f"{server.url}/open").status_code == 200
        sent = server.requests_to("POST", r"/api/things/\d+")
        assert len(sent) == 2
        assert sent[0].param("send_email_notification") == "false"
        assert sent[0].param("report_id") is None


def test_failures_on_demand():
    with _server() as server:
        server.fail_next(1)
        server.rate_limit_next(1, reset_in=3)
        assert httpx.get(f"{server.url}/open").status_code == 500
        limited = httpx.get(f"{server.url}/open")
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "3"
        server.slow_next(1, seconds=0.5)
        try:
            httpx.get(f"{server.url}/open", timeout=0.1)
        except httpx.TimeoutException:
            pass
        else:
            raise AssertionError("the slow answer should have timed out")
        assert httpx.get(f"{server.url}/open").status_code == 200
