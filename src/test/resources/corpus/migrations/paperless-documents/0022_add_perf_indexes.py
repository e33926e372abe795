







class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0021_widen_workflow_integer_fields"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
