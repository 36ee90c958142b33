from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "haven.cases"
    label = "cases"

    def ready(self) -> None:
        from haven.cases import media  # noqa: F401  (registers its consent-withdrawal hook)
