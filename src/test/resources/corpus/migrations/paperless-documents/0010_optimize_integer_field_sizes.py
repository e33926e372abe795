





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0009_alter_document_content_length"),
    ]
