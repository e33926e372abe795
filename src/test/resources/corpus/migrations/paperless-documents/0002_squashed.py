






class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("documents", "0001_squashed"),
        ("paperless_mail", "0001_squashed"),
    ]



    replaces = [
        ("documents", "1075_workflowaction_order"),
    ]
