





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_remove_document_storage_type"),
    ]
