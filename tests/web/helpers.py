"""Synthetic images and small set-ups for the desk's tests. No real imagery, ever."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from haven.cases import consent
from haven.cases.models import Case
from haven.evidence import images as media
from haven.evidence.models import EvidenceItem


def synthetic_png(seed: int = 1, size: tuple[int, int] = (64, 48)) -> bytes:
    """Coloured rectangles drawn here: a stand-in with nothing in it."""
    image = Image.new("RGB", size, ((seed * 40) % 256, 120, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, size[0] // 2, size[1] // 2), fill=(250, (seed * 90) % 256, 30))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def give_consent(case: Case, user, scope: str = "evidence_for_ban") -> None:
    consent.record_consent(case, scope, given=True, acting_user=user, method="told_moderator")


def kept_image(case: Case, user, scope: str = "evidence_for_ban") -> EvidenceItem:
    give_consent(case, user, scope)
    return media.attach_image(case, synthetic_png(), acting_user=user, scope=scope)


def post_refused(client, url: str, data: dict | None = None, *, at: str, **extra):
    """POST a form the desk refuses. The answer is a redirect to the page at that form
    (so a reload does not send it again); returned is the page it leads to, which says why."""
    response = client.post(url, data or {}, **extra)
    assert response.status_code == 302, f"a refusal redirects, not {response.status_code}"
    assert response.url.endswith(f"#{at}") if at else "#" not in response.url, response.url
    page = client.get(response.url)
    assert page.status_code == 200
    return page
