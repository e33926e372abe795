






class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0005_alter_document_checksum_unique"),
    ]
