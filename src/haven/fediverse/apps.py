from django.apps import AppConfig


class FediverseConfig(AppConfig):
    name = "haven.fediverse"
    label = "fediverse"
    verbose_name = "Fediverse servers"
    default_auto_field = "django.db.models.BigAutoField"
