from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "haven.notify"
    label = "notify"
    verbose_name = "Notifications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The release of deliveries held over quiet hours registers itself.
        from haven.notify import tasks  # noqa: F401
