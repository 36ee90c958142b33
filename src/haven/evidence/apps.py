from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "haven.evidence"
    label = "evidence"

    def ready(self) -> None:
        # Each declares its kinds of event (images its consent hook).
        # retention_tasks registers the periodic job.
        from haven.evidence import (  # noqa: F401
            custody,
            export,
            images,
            intake,
            retention,
            retention_periods,
            retention_tasks,
        )
