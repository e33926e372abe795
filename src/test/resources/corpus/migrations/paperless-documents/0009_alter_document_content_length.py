






class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0008_workflowaction_passwords_alter_workflowaction_type"),
    ]
