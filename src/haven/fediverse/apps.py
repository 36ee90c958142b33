from django.apps import AppConfig


class FediverseConfig(AppConfig):
    name = "haven.fediverse"
    label = "fediverse"
    verbose_name = "Fediverse servers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The periodic poll, outbox release and hold settling register themselves;
        # outbox, capture, capture_hold, connecting and linked declare their kinds of event.
        from haven.fediverse import (  # noqa: F401
            capture,
            capture_hold,
            capture_tasks,
            connecting,
            delivery_tasks,
            linked,
            outbox,
            outbox_tasks,
            polling_tasks,
        )
