"""Sessions stored before haven.accounts.sessions kept their keys in clear: end them all.

Everyone signs in again once after this upgrade (docs/operators.md).
"""

from django.db import migrations


def delete_every_session(apps, schema_editor):
    apps.get_model("sessions", "Session").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(delete_every_session, migrations.RunPython.noop)]
