"""Only the build step pyproject.toml cannot say: compile the gettext catalogues.

Every install, editable or not (README's commands, ``make install``, a wheel),
turns ``src/haven/locale/<lang>/LC_MESSAGES/*.po`` into the ``.mo`` files Django
reads, with Haven's own stdlib-only compiler, so the build needs no GNU gettext.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
LOCALE = ROOT / "src" / "haven" / "locale"


def _catalogue_module() -> ModuleType:
    # By its path: Haven's dependencies (Django) are not installed while it builds.
    spec = importlib.util.spec_from_file_location("_haven_catalogue", LOCALE / "catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        # Into the source tree, before the package data is collected: an editable
        # install reads them there, a wheel copies them from there.
        _catalogue_module().compile_all(LOCALE)
        super().run()


setup(cmdclass={"build_py": BuildPyWithCatalogues})
