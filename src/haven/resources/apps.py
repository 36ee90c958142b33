from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "haven.resources"
    label = "resources"

    def ready(self) -> None:
        # Declares the audit kinds of the directory's local changes.
        from haven.resources import local  # noqa: F401
