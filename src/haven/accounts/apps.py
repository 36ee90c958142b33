from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "haven.accounts"
    label = "accounts"

    def ready(self) -> None:
        from haven.accounts import checks  # noqa: F401  (registers its deploy checks)
        from haven.accounts.seeds import connect as seal_totp_seeds

        seal_totp_seeds()
