from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "haven.cases"
    label = "cases"

    def ready(self) -> None:
        # Each of these declares its kinds of event (and media its consent hook):
        # the timeline page and `haven verify` read the registry they fill.
        from haven.cases import (  # noqa: F401
            actions,
            assessing,
            audit,
            changes,
            checklist,
            checkpoint_tasks,
            checks,
            consent,
            deadlines,
            intake,
            minors,
            notes,
            responding,
            screening,
            victim_wishes,
        )
        from haven.cases.advice import override  # noqa: F401
        from haven.evidence import images  # noqa: F401
