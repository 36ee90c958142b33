from __future__ import annotations

from typing import Any

from django.core.management import call_command

from haven.core.command import HavenCommand
from haven.crypto import signing
from haven.crypto.datadir import initialise
from haven.crypto.keystore import get_keystore


def export_key_line() -> str:
    """Make the export signing key now, not at the first export, so it can be published."""
    from haven.evidence.export import PURPOSE

    store = get_keystore()
    key = signing.signing_key(PURPOSE, store).public_key()
    # Public, but `haven check` wants every file in keys/ private to Haven's user.
    signing.public_key_path(store.directory, PURPOSE).chmod(0o600)
    return f"export signing key {signing.fingerprint(key)}: haven export --public-key prints it"


class Command(HavenCommand):
    help = (
        "Prepare Haven: create the data directory (HAVEN_DATA_DIR, mode 0700), the master key "
        "and the secret key (mode 0600) unless given in the environment, the key that signs "
        "evidence exports (sealed in the key store; 'haven export --public-key' prints its "
        "public half), and create or update the database tables. Safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for line in initialise():
            self.stdout.write(line)
        # settings read SECRET_KEY before the file existed on a first run; reload it.
        from django.conf import settings

        from haven.crypto.datadir import SECRET_KEY_FILE, data_dir

        path = data_dir() / SECRET_KEY_FILE
        if settings.SECRET_KEY.startswith(settings.UNINITIALISED_SECRET_PREFIX) and path.exists():
            settings.SECRET_KEY = path.read_text(encoding="ascii").strip()
        self.stdout.write(export_key_line())
        quiet = max(0, options["verbosity"] - 1)
        call_command("migrate", interactive=False, verbosity=quiet)
        call_command("collectstatic", interactive=False, verbosity=quiet)
        self.stdout.write(self.style.SUCCESS("Haven is initialised."))
