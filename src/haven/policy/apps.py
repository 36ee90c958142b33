from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "haven.policy"
    label = "haven_policy"
    verbose_name = "Community guidance"
