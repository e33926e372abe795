





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0004_workflowtrigger_filter_has_any_correspondents_and_more"),
    ]
