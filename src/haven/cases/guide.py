"""The guide's own words for each step of a case (IFTAS, "Sextortion"), shown beside it.

``HAVEN_HELP`` says what Haven does for the step; later modules add actions there.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from haven.cases.models import StepKey


@dataclass(frozen=True)
class StepGuide:
    key: StepKey
    guidance: Promise
    haven_help: Promise
    # Steps that act for or about the victim: marking them done asks the
    # moderator to confirm it respects the victim's recorded wishes.
    affects_victim: bool = False


STEPS: tuple[StepGuide, ...] = (
    StepGuide(
        StepKey.BELIEVE,
        _(
            "Take the report seriously. Reassure the victim that they are not to blame and that "
            "you will help in any way you can within your role. Emphasise confidentiality."
        ),
        _("Record your first response below: the case cannot be closed without one."),
    ),
    StepGuide(
        StepKey.WISHES,
        _(
            "Ask the victim what they would like to do and what would make them feel safer. "
            "Do not pressure them."
        ),
        _(
            "Write their wishes in their words under \u201cThe victim's wishes\u201d. Haven shows "
            "them before every action that affects the victim."
        ),
    ),
    StepGuide(
        StepKey.NON_COMPLIANCE,
        _(
            "Specialist organisations usually advise victims not to pay or give in to demands, "
            "as this often encourages perpetrators. Instead, focus on blocking the perpetrator and "
            "preserving evidence."
        ),
        _("Never advise paying: it often leads to more demands."),
    ),
    StepGuide(
        StepKey.REMOVE_MATERIAL,
        _(
            "If any of the victim's private material has been posted on your community, remove "
            "it instantly."
        ),
        _("Remove it on your server now; record here what was removed."),
        affects_victim=True,
    ),
    StepGuide(
        StepKey.PRESERVE_EVIDENCE,
        _(
            "Encourage the victim to save all communications, threats, and any shared images "
            "from the perpetrator. If they are comfortable sharing this with you for banning the "
            "perpetrator or for their own reporting to authorities, handle it with extreme care "
            "and confidentiality."
        ),
        _("Record the victim's consent first; evidence is kept encrypted, only within it."),
        affects_victim=True,
    ),
    StepGuide(
        StepKey.BAN,
        _(
            "Once confirmed through credible victim report and/or evidence, permanently ban any "
            "accounts used by the perpetrator from your community."
        ),
        _("Sextortion bypasses any strike system. Check the timing with the victim first."),
        affects_victim=True,
    ),
    StepGuide(
        StepKey.SUPPORT,
        _(
            "Provide the victim with contact details for national or local organisations that "
            "specialise in supporting victims of sextortion and image-based abuse."
        ),
        _("Give the organisations for the victim's country and age."),
    ),
    StepGuide(
        StepKey.CONFIDENTIAL,
        _(
            "Share information only with designated, trusted moderators or your Service "
            "Administrator, maintaining strict confidentiality."
        ),
        _("Only the people on this case's team can see it."),
    ),
    StepGuide(
        StepKey.BLOCKING,
        _(
            "Advise the victim on how to block the perpetrator on your platform and others, and "
            "to review their account security settings (strong passwords, multi-factor "
            "authentication)."
        ),
        _("Send the blocking and security advice in the victim's language."),
    ),
)

MANDATORY_REPORT = StepGuide(
    StepKey.MANDATORY_REPORT,
    _(
        "Anyone involved may be a minor: this is child sexual exploitation. Make the report your "
        "jurisdiction requires, and point the young person to a tool that removes their images."
    ),
    _(
        "Use the reporting route shown at the top of the case, then record here that the report "
        "was made."
    ),
    # The law requires the report whatever the victim wants: nothing to confirm.
    affects_victim=False,
)

BY_KEY = {step.key: step for step in (*STEPS, MANDATORY_REPORT)}
