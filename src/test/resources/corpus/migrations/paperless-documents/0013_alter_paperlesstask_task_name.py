





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0012_document_root_document"),
    ]
