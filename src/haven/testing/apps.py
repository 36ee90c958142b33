from django.apps import AppConfig


class TestingConfig(AppConfig):
    name = "haven.testing"
    label = "haven_testing"
