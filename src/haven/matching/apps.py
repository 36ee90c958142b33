from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "haven.matching"
    label = "matching"

    def ready(self) -> None:
        # Declares the bank's events and registers the consent-withdrawal hook.
        from haven.matching import actions  # noqa: F401
