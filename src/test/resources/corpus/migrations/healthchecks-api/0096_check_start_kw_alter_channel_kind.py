




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0095_check_last_start_rid"),
    ]
