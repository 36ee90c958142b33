"""Drop ``CaseMedia``: evidence migration 0002 moved every row into ``EvidenceItem``."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_received_server_reports"),
        # The rows were copied out (same ids, same blobs) before the table goes.
        ("evidence", "0002_images_from_case_media"),
    ]

    operations = [
        migrations.DeleteModel(name="CaseMedia"),
    ]
