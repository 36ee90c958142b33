from __future__ import annotations

from tests.cases.conftest import case  # noqa: F401  (the same fresh case)
