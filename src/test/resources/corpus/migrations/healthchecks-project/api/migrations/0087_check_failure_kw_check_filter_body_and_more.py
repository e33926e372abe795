




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0086_remove_check_last_ping_was_fail_and_more"),
    ]
