




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0093_alter_check_failure_kw"),
    ]
