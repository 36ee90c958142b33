from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "haven.evidence"
    label = "evidence"
