"""Shared helpers for the case tests: synthetic images, timeline reading, raw database scans."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from PIL import Image, ImageDraw

from haven.accounts.models import User
from haven.cases import access
from haven.cases.models import Case, CaseEvent
from haven.cases.timeline import verify_timeline
from haven.core.errors import NotFound
from haven.testing.personas import Personas


def synthetic_image(size: tuple[int, int] = (96, 64), seed: int = 0) -> Image.Image:
    """A few coloured shapes on a plain ground: never real imagery."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(4):
        x0, y0 = rng.randrange(size[0] // 2), rng.randrange(size[1] // 2)
        x1, y1 = x0 + rng.randrange(4, size[0] // 2), y0 + rng.randrange(4, size[1] // 2)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        else:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
    return image


def encode(image: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def synthetic_png(seed: int = 0, size: tuple[int, int] = (96, 64)) -> bytes:
    return encode(synthetic_image(size, seed))


def media_files() -> set[str]:
    path = Path(settings.HAVEN_DATA_DIR) / "media"
    return {p.name for p in path.iterdir()} if path.exists() else set()


def event_types(case: Case) -> list[str]:
    return list(CaseEvent.objects.filter(case=case).order_by("seq").values_list("type", flat=True))


def events_of_type(case: Case, type_: str) -> list[CaseEvent]:
    return list(CaseEvent.objects.filter(case=case, type=type_).order_by("seq"))


def assert_timeline_ok(case: Case) -> None:
    report = verify_timeline(case)
    assert report.ok, report.summary()


def database_contains(text: str) -> list[str]:
    """Every table.column whose raw stored value contains ``text`` (str or bytes columns)."""
    needle = text.encode()
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            columns = [c[0] for c in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if (isinstance(value, str) and text in value) or (
                        isinstance(value, bytes | memoryview) and needle in bytes(value)
                    ):
                        found.append(f"{table}.{column}")
    return found


def sees(user: User, case: Case) -> bool:
    try:
        access.get_case_for(user, case.pk)
    except NotFound:
        return False
    return True


def assert_three_people(
    case: Case, personas: Personas, *, lead: bool = True, moderator: bool = True
) -> None:
    assert sees(personas.lead, case) is lead
    assert sees(personas.moderator, case) is moderator
    assert not sees(personas.outsider, case)
    with pytest.raises(NotFound):
        access.get_case_for(personas.outsider, case.pk)
