"""`haven check` passes on a fresh demo install and on a correct https configuration, and
fails, clearly, on a readable key, database or stored file, or a wrong production setting."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _haven(data_dir, *args, **extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "HAVEN_MASTER_KEY"}}
    env["HAVEN_DATA_DIR"] = str(data_dir)
    env.update(extra)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "haven", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_install(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "var"
    for step in (["init"], ["demo"]):
        result = _haven(data_dir, *step)
        assert result.returncode == 0, result.stderr
    return data_dir


def test_check_passes_on_the_demo_install(demo_install):
    result = _haven(demo_install, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Haven's checks passed: no warning or error" in result.stdout
    if "issue" in result.stdout:  # Django's own count: each one is then accounted for
        assert "for information only" in result.stdout or "silenced on purpose" in result.stdout


def test_check_fails_when_the_key_file_is_world_readable(demo_install):
    key = demo_install / "master.key"
    key.chmod(0o644)
    try:
        result = _haven(demo_install, "check")
    finally:
        key.chmod(0o600)
    assert result.returncode != 0
    assert f"{key} can be read by other users (mode 644)" in result.stderr
    assert f"chmod 600 {key}" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_fails_when_the_data_dir_is_open(demo_install):
    demo_install.chmod(0o755)
    try:
        result = _haven(demo_install, "check")
    finally:
        demo_install.chmod(0o700)
    assert result.returncode != 0
    assert "is open to other users" in result.stderr


def test_init_is_repeatable_and_files_are_private(demo_install):
    assert _haven(demo_install, "init").returncode == 0
    for name in ("master.key", "secret.key"):
        assert (demo_install / name).stat().st_mode & 0o077 == 0
    assert (demo_install / "haven.sqlite3").stat().st_mode & 0o077 == 0
    assert demo_install.stat().st_mode & 0o077 == 0


def test_check_fails_and_serve_refuses_without_a_secret_key(demo_install):
    secret = demo_install / "secret.key"
    kept = secret.read_text()
    secret.unlink()
    try:
        check = _haven(demo_install, "check")
        serve = _haven(demo_install, "serve", "--port", "8199")
    finally:
        secret.write_text(kept)
        secret.chmod(0o600)
    assert check.returncode != 0
    assert "No secret key" in check.stderr
    assert serve.returncode != 0
    assert "run 'haven init' first" in serve.stderr


def test_check_on_an_uninitialised_dir_says_run_init(tmp_path):
    result = _haven(tmp_path / "nothing-here", "check")
    assert result.returncode != 0
    assert "haven init" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_fails_when_the_database_file_is_world_readable(demo_install):
    database = demo_install / "haven.sqlite3"
    database.chmod(0o644)
    try:
        result = _haven(demo_install, "check")
    finally:
        database.chmod(0o600)
    assert result.returncode != 0
    assert f"{database} can be read by other users (mode 644)" in result.stderr
    assert f"chmod 600 {database}" in result.stderr


@pytest.mark.parametrize("store", ["media", "evidence", "keys"])
def test_check_fails_on_a_world_readable_file_in_a_store(demo_install, store):
    folder = demo_install / store
    made = not folder.exists()
    folder.mkdir(mode=0o700, exist_ok=True)
    blob = folder / "ab" / "0123456789.bin"
    blob.parent.mkdir(mode=0o700)
    blob.write_bytes(b"synthetic ciphertext")
    blob.chmod(0o604)
    try:
        result = _haven(demo_install, "check")
    finally:
        blob.unlink()
        blob.parent.rmdir()
        if made:
            folder.rmdir()
    assert result.returncode != 0
    assert f"{blob} can be read by other users (mode 604)" in result.stderr
    assert "Traceback" not in result.stderr


HTTPS = {"HAVEN_PUBLIC_URL": "https://haven.example", "HAVEN_BEHIND_PROXY": "true"}


@pytest.fixture(scope="module")
def https_install(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("https") / "var"
    result = _haven(data_dir, "init", **HTTPS)
    assert result.returncode == 0, result.stderr
    return data_dir


def test_check_passes_on_a_correct_https_configuration(https_install):
    result = _haven(https_install, "check", **HTTPS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Haven's checks passed" in result.stdout


def test_the_https_settings_are_the_strict_ones(https_install):
    names = (
        "SECURE_SSL_REDIRECT SECURE_HSTS_SECONDS SECURE_HSTS_INCLUDE_SUBDOMAINS "
        "SECURE_HSTS_PRELOAD SESSION_COOKIE_SECURE CSRF_COOKIE_SECURE SILENCED_SYSTEM_CHECKS "
        "SECURE_PROXY_SSL_HEADER ALLOWED_HOSTS DEBUG"
    )
    script = (
        f"from django.conf import settings as s; print([getattr(s, n) for n in {names.split()!r}])"
    )
    result = _haven(https_install, "manage", "shell", "-c", script, **HTTPS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(
        [
            True,
            63072000,
            True,
            True,
            True,
            True,
            [],
            ("HTTP_X_FORWARDED_PROTO", "https"),
            ["haven.example"],
            False,
        ]
    )


def test_check_fails_on_a_wrong_https_configuration(https_install):
    result = _haven(https_install, "check", HAVEN_DEBUG="true", **HTTPS)
    assert result.returncode != 0
    assert "security.W018" in result.stderr
