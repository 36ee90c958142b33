from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "haven.core"
    label = "haven_core"

    def ready(self) -> None:
        from haven.core import checks  # noqa: F401  (registers Haven's system checks)
