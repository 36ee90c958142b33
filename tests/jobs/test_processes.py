"""Real processes over a file-backed SQLite database: a worker killed mid-task, 'haven serve'."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HAVEN_", "DATABASE_URL"))}
    env.update(
        HAVEN_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="haven.settings",  # not the test settings: they make a new dir
        PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "src")]),
        **extra,
    )
    return env


def _haven(data_dir: Path, *args: str, **extra: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "haven", *args],
        env=_env(data_dir, **extra),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="session")
def _initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("haven-initialised") / "data"
    _haven(data_dir, "init")
    return data_dir


@pytest.fixture
def data_dir(_initialised: Path, tmp_path: Path) -> Path:
    """A fresh copy of an initialised data dir (cheaper than 'haven init' per test)."""
    copy = tmp_path / "data"
    shutil.copytree(_initialised, copy)
    return copy


def _wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# The tests' own runs: the workers also queue Haven's periodic jobs (checkpoints).
TEST_RUNS = (
    "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"
    " WHERE task_path LIKE 'tests.%'"
)


def _query(data_dir: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "haven.sqlite3", timeout=20) as db:
        return db.execute(sql, params).fetchall()


def _start(data_dir: Path, log: Path, *args: str, **extra: str) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "haven", *args],
            env=_env(data_dir, **extra),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _stop(process: subprocess.Popen[bytes], timeout: float = 10) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_task_survives_a_worker_killed_mid_task(data_dir: Path, tmp_path: Path) -> None:
    markers = data_dir / "markers"
    result_id = _haven(
        data_dir,
        "manage",
        "shell",
        "--no-imports",
        "-c",
        "from tests.jobs.sample_tasks import block_until_released as t; print(t.enqueue('job').id)",
    ).split()[-1]
    log = tmp_path / "worker.log"

    first = _start(data_dir, log, "worker", "--interval", "0.1", HAVEN_TASK_LEASE_SECONDS="1")
    try:
        _wait_for((markers / "job.started").exists, 15, "the task to start")
        first.kill()  # SIGKILL: no chance to tidy up
        first.wait(timeout=5)
    finally:
        _stop(first)
    status = _query(
        data_dir,
        "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?",
        result_id.replace("-", ""),  # how Django stores a UUID in SQLite
    )
    assert status == [("RUNNING",)]  # left behind by the dead worker

    (markers / "job.release").touch()
    # The dead worker's lease (1 s) runs out; the new worker's sweep then gives it back.
    second = _start(data_dir, log, "worker", "--interval", "0.1", HAVEN_TASK_LEASE_SECONDS="1")
    try:
        _wait_for((markers / "job.done").exists, 15, "the task to finish")
        time.sleep(0.5)  # a duplicate run would show itself now
    finally:
        assert _stop(second) == 0

    assert (markers / "job.started").read_text().splitlines() == ["started"] * 2
    assert (markers / "job.done").read_text().splitlines() == ["done"]  # exactly once
    rows = _query(data_dir, TEST_RUNS)
    assert len(rows) == 1
    assert rows[0][0] == "SUCCESSFUL"
    assert len(json.loads(str(rows[0][1]))) == 2  # claimed by both workers
    assert f"Requeued orphaned task id={result_id}" in log.read_text()
    assert _query(data_dir, "SELECT count(*) FROM jobs_failedjob") == [(0,)]


def test_two_workers_run_a_job_longer_than_the_lease_once(data_dir: Path, tmp_path: Path) -> None:
    markers = data_dir / "markers"
    result_id = _haven(
        data_dir,
        "manage",
        "shell",
        "--no-imports",
        "-c",
        "from tests.jobs.sample_tasks import sleep_then_note as t; print(t.enqueue('long', 4).id)",
    ).split()[-1]
    log = tmp_path / "workers.log"
    lease = {"HAVEN_TASK_LEASE_SECONDS": "1"}
    workers = [_start(data_dir, log, "worker", "--interval", "0.1", **lease) for _ in range(2)]
    try:
        _wait_for((markers / "long.done").exists, 20, "the task to finish")
        time.sleep(1.5)  # a second run, had one started, would show itself now
    finally:
        assert [_stop(worker) for worker in workers] == [0, 0]

    assert (markers / "long.started").read_text().splitlines() == ["started"]
    rows = _query(data_dir, TEST_RUNS)
    assert rows[0][0] == "SUCCESSFUL"
    assert len(json.loads(str(rows[0][1]))) == 1
    assert f"Requeued orphaned task id={result_id}" not in log.read_text()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback http
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def _children(log: Path) -> dict[str, int]:
    found = re.findall(r"Started (web server|worker) pid=(\d+)", log.read_text())
    return {name: int(pid) for name, pid in found}


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _serve(data_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], str, dict[str, int]]:
    port = _free_port()
    serve = _start(data_dir, log, "serve", "--port", str(port), "--workers", "1", "--threads", "2")
    base = f"http://127.0.0.1:{port}"
    _wait_for(lambda: _status(f"{base}/healthz") == 200 or serve.poll() is not None, 20, "healthz")
    assert serve.poll() is None, log.read_text()
    _wait_for(lambda: len(_children(log)) == 2, 5, "both children")
    return serve, base, _children(log)


def test_serve_runs_the_web_server_and_a_worker_and_stops_both(
    data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    serve, base, children = _serve(data_dir, log)
    try:
        assert _status(f"{base}/accounts/login/") == 200
        heartbeats = "SELECT count(*) FROM jobs_workerheartbeat"
        _wait_for(lambda: _query(data_dir, heartbeats) == [(1,)], 10, "the worker's heartbeat")
        started = time.monotonic()
        assert _stop(serve) == 0, log.read_text()
        assert time.monotonic() - started < 5
    finally:
        _stop(serve)
    assert all(_gone(pid) for pid in children.values())
    assert _status(f"{base}/healthz") is None


def test_serve_stops_everything_when_a_child_dies(data_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    serve, base, children = _serve(data_dir, log)
    try:
        os.kill(children["worker"], signal.SIGKILL)
        assert serve.wait(timeout=10) != 0
    finally:
        _stop(serve)
    assert _gone(children["web server"])
    assert _status(f"{base}/healthz") is None
    assert "exited unexpectedly" in log.read_text()
