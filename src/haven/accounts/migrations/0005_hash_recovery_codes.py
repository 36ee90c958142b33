"""Recovery codes kept in clear by django-otp's static plugin become slow hashes.

Each StaticDevice and its tokens become a RecoveryDevice with one hash per unused
code (throttling state kept), and the clear rows are deleted. Hashes cannot be
turned back into codes, so this migration does not reverse.
"""

from django.contrib.auth.hashers import make_password
from django.db import migrations


def hash_clear_codes(apps, schema_editor):
    static_model = apps.get_model("otp_static", "StaticDevice")
    recovery_model = apps.get_model("accounts", "RecoveryDevice")
    code_model = apps.get_model("accounts", "RecoveryCode")
    for static in static_model.objects.all():
        device = recovery_model.objects.create(
            user_id=static.user_id,
            name=static.name,
            confirmed=static.confirmed,
            throttling_failure_timestamp=static.throttling_failure_timestamp,
            throttling_failure_count=static.throttling_failure_count,
            last_used_at=static.last_used_at,
        )
        tokens = static.token_set.values_list("token", flat=True)
        code_model.objects.bulk_create(
            code_model(device=device, code_hash=make_password(token)) for token in tokens
        )
        static.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_recovery_codes"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(hash_clear_codes)]
