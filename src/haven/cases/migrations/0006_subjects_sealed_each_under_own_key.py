"""Each perpetrator's handle moves from the key all subjects shared to a key of its own.

Only touches the key store when there are subjects to move; the shared key is
destroyed afterwards, so an older copy of the database opens no erased handle.
"""

from django.db import migrations

_OLD_SCOPE = "directory-subjects"
_AAD = b"haven:subject"


def forwards(apps, schema_editor):
    Subject = apps.get_model("cases", "Subject")
    if not Subject.objects.exists():
        return
    from haven.crypto import envelope
    from haven.crypto.keystore import get_keystore

    store = get_keystore()
    if not store.exists(_OLD_SCOPE):
        return
    old = store.get(_OLD_SCOPE)
    for subject in Subject.objects.all():
        body = envelope.open_bytes(old, bytes(subject.sealed), _AAD)
        key = store.get_or_create(f"subject-{subject.pk}")
        subject.sealed = envelope.seal_bytes(key, body, _AAD)
        subject.save(update_fields=["sealed"])
    store.destroy(_OLD_SCOPE)


class Migration(migrations.Migration):
    dependencies = [("cases", "0005_audit_stream_and_tombstones")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
