from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "haven.portal"
    label = "portal"

    def ready(self) -> None:
        # They declare the portal's kinds of event.
        from haven.portal import codes, lost_code, messages  # noqa: F401
