"""TOTP seeds stored in clear by django-otp are sealed under the accounts-totp key."""

from django.db import migrations

from haven.accounts import seeds


def seal_clear_seeds(apps, schema_editor):
    # Raw values, not instances, and update(): no model signal runs here.
    device_model = apps.get_model("otp_totp", "TOTPDevice")
    rows = device_model.objects.exclude(key__startswith=seeds.SEALED_PREFIX)
    for pk, key in rows.values_list("pk", "key"):
        device_model.objects.filter(pk=pk).update(key=seeds.seal_seed(pk, key))


def open_sealed_seeds(apps, schema_editor):
    device_model = apps.get_model("otp_totp", "TOTPDevice")
    rows = device_model.objects.filter(key__startswith=seeds.SEALED_PREFIX)
    for pk, key in rows.values_list("pk", "key"):
        device_model.objects.filter(pk=pk).update(key=seeds.open_seed(pk, key))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_end_clear_text_sessions"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(seal_clear_seeds, open_sealed_seeds)]
