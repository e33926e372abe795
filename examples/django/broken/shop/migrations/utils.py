def forwards(apps, schema_editor):
    pass
