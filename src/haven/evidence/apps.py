from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "haven.evidence"
    label = "evidence"

    def ready(self) -> None:
        # Each declares its kinds of event (images its consent hook).
        from haven.evidence import custody, images, intake  # noqa: F401
