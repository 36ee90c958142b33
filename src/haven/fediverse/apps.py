from django.apps import AppConfig


class FediverseConfig(AppConfig):
    name = "haven.fediverse"
    label = "fediverse"
    verbose_name = "Fediverse servers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The periodic poll and outbox release register themselves; outbox and
        # connecting declare their kinds of event.
        from haven.fediverse import (  # noqa: F401
            connecting,
            delivery_tasks,
            outbox,
            outbox_tasks,
            polling_tasks,
        )
