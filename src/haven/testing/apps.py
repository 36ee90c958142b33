from django.apps import AppConfig


class TestingConfig(AppConfig):
    name = "haven.testing"
    label = "haven_testing"

    def ready(self) -> None:
        from haven.testing import demo  # noqa: F401  (declares its kind of event)
