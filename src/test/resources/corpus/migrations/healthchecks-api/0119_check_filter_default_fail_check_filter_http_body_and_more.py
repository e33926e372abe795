




class Migration(migrations.Migration):

    dependencies = [
        ("api", "0118_alter_check_badge_key"),
    ]
