


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0019_task_system_redesign"),
    ]
