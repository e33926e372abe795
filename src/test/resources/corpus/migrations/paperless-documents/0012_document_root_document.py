






class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0011_alter_workflowaction_type"),
    ]
