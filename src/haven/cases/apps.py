from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "haven.cases"
    label = "cases"

    def ready(self) -> None:
        from haven.cases import (
            checks,  # noqa: F401  (registers its deploy checks)
            media,  # noqa: F401  (registers its consent-withdrawal hook)
        )
