"""The mandatory reporting routes for cases that may involve a minor, by jurisdiction.

The guide: "for sextortion involving minors, see CSEA". Where a jurisdiction is
not known, the international routes are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Route:
    name: str
    url: str
    what: Promise
    # Where the facts come from (see ../shared/data/support_orgs.json, checked 2026-11).
    source: str


TAKE_IT_DOWN = Route(
    "Take It Down (NCMEC)",
    "https://takeitdown.ncmec.org",
    _(
        "For the young person: removes their images from participating platforms without "
        "uploading them. Usable from any country."
    ),
    "https://takeitdown.ncmec.org/faq/",
)
INHOPE = Route(
    "INHOPE hotlines",
    "https://www.inhope.org/EN#hotlineReferral",
    _("Find the national hotline that takes reports of child sexual abuse material."),
    "https://www.inhope.org/EN/articles/what-we-do",
)

ROUTES: dict[str, tuple[Route, ...]] = {
    "US": (
        Route(
            "NCMEC CyberTipline",
            "https://report.cybertip.org",
            _("The mandatory report for US providers (18 U.S.C. 2258A)."),
            "https://www.missingkids.org/gethelpnow/cybertipline",
        ),
        TAKE_IT_DOWN,
    ),
    "GB": (
        Route(
            "CEOP (National Crime Agency)",
            "https://www.ceop.police.uk/Safety-Centre/",
            _("Reports of online child sexual abuse to UK police."),
            "https://www.ceop.police.uk/Safety-Centre/",
        ),
        Route(
            "Report Remove (IWF and Childline)",
            "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/",
            _("For the young person: get nude images of them removed."),
            "https://www.iwf.org.uk/our-technology/report-remove/",
        ),
        TAKE_IT_DOWN,
    ),
    "CA": (
        Route(
            "Cybertip.ca",
            "https://www.cybertip.ca",
            _("Canada's tipline for reporting the online sexual exploitation of children."),
            "https://www.cybertip.ca/en/about/",
        ),
        TAKE_IT_DOWN,
    ),
    "AU": (
        Route(
            "eSafety Commissioner",
            "https://www.esafety.gov.au/report",
            _("Reports of child sexual exploitation material and image-based abuse."),
            "https://www.esafety.gov.au/report",
        ),
        TAKE_IT_DOWN,
    ),
}
INTERNATIONAL: tuple[Route, ...] = (INHOPE, TAKE_IT_DOWN)


def reporting_routes(jurisdiction: str | None = None) -> tuple[str, tuple[Route, ...]]:
    """The jurisdiction used and its routes; the international ones where none is known."""
    code = (jurisdiction if jurisdiction is not None else settings.HAVEN_JURISDICTION).upper()
    if code in ROUTES:
        return code, ROUTES[code]
    return "", INTERNATIONAL
