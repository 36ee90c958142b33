"""The ``haven`` front: its help lists every command it runs; no command is a usage error."""

from __future__ import annotations

import re

import pytest

from haven import cli


def test_help_lists_every_command(capsys) -> None:
    assert cli.main(["--help"]) == 0
    listed = set(re.findall(r"^haven (\S+)", capsys.readouterr().out, re.MULTILINE))
    hidden = {"detector-figures"}  # reached as "haven detect --eval-cases"
    assert set(cli.COMMANDS) - hidden | {"detect", "manage"} <= listed
    assert {"detect", "resetfactor", "deactivate"} <= listed


def test_no_command_prints_the_help_and_exits_2(capsys) -> None:
    assert cli.main([]) == 2
    captured = capsys.readouterr()
    assert "haven createuser" in captured.err
    assert captured.out == ""


@pytest.mark.parametrize("argument", ["-h", "help"])
def test_asking_for_help_is_not_an_error(capsys, argument) -> None:
    assert cli.main([argument]) == 0
    assert "haven deactivate" in capsys.readouterr().out
