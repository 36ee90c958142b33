"""Every image a case held (``cases.CaseMedia``) becomes an evidence item, with the same id.

The same id keeps its sealed blob opening (its associated data names the id),
and the blob stays where it is: the vault reads blobs sealed whole as before.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    CaseMedia = apps.get_model("cases", "CaseMedia")
    EvidenceItem = apps.get_model("evidence", "EvidenceItem")
    for media in CaseMedia.objects.order_by("added_at").iterator():
        EvidenceItem.objects.create(
            id=media.id,
            case_id=media.case_id,
            kind="image",
            sha256=media.sha256,
            size=media.size,
            content_type=media.content_type,
            width=media.width,
            height=media.height,
            source="moderator",
            kept_under=media.kept_under,
            blob_name=media.blob_name,
            added_by_id=media.added_by_id,
            added_at=media.added_at,
            discarded_at=media.discarded_at,
        )
    CaseMedia.objects.all().delete()


def backwards(apps, schema_editor):
    CaseMedia = apps.get_model("cases", "CaseMedia")
    EvidenceItem = apps.get_model("evidence", "EvidenceItem")
    for item in EvidenceItem.objects.filter(kind="image").iterator():
        media = CaseMedia.objects.create(
            id=item.id,
            case_id=item.case_id,
            sha256=item.sha256,
            size=item.size,
            content_type=item.content_type,
            width=item.width,
            height=item.height,
            kept_under=item.kept_under,
            blob_name=item.blob_name,
            added_by_id=item.added_by_id,
            added_at=item.added_at,
            discarded_at=item.discarded_at,
        )
        CaseMedia.objects.filter(pk=media.pk).update(added_at=item.added_at)  # auto_now_add
    EvidenceItem.objects.filter(kind="image").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0001_initial"),
        ("cases", "0007_verdict_marks"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
