from __future__ import annotations

from django.http import HttpRequest

from haven import __version__


def haven(request: HttpRequest) -> dict[str, object]:
    return {"haven_version": __version__}
