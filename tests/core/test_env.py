"""Settings are parsed strictly: a bad value stops start-up and names the variable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from haven.core import env
from haven.core.errors import ConfigurationError


def test_booleans():
    assert env.boolean("X", False, environ={"X": "Yes"}) is True
    assert env.boolean("X", True, environ={"X": "off"}) is False
    assert env.boolean("X", True, environ={}) is True
    with pytest.raises(ConfigurationError, match="X must be true or false"):
        env.boolean("X", False, environ={"X": "maybe"})


def test_integers_with_bounds():
    assert env.integer("N", 5, environ={"N": " 7 "}) == 7
    with pytest.raises(ConfigurationError, match="N must be a whole number"):
        env.integer("N", 5, environ={"N": "7.5"})
    with pytest.raises(ConfigurationError, match="at most 30"):
        env.integer("N", 5, maximum=30, environ={"N": "31"})


def test_value_from_file(tmp_path):
    secret = tmp_path / "value"
    secret.write_text("from-a-file\n")
    assert env.string("S", "d", environ={"S_FILE": str(secret)}) == "from-a-file"
    with pytest.raises(ConfigurationError, match="S_FILE"):
        env.raw("S", environ={"S_FILE": str(tmp_path / "missing")})


def test_lists():
    assert env.string_list("L", environ={"L": "a, b,,c"}) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("HAVEN_DEBUG", "perhaps", "HAVEN_DEBUG must be true or false"),
        ("HAVEN_PUBLIC_URL", "http://haven.example.org", "must use https"),
        ("HAVEN_SESSION_IDLE_MINUTES", "600", "at most 30"),
    ],
)
def test_haven_refuses_to_start_with_a_bad_setting(name, value, message, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "haven", "check"],
        env={"PATH": "/usr/bin:/bin", "HAVEN_DATA_DIR": str(tmp_path), name: value},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
