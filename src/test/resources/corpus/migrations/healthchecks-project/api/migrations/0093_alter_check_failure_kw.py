




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0092_alter_check_success_kw"),
    ]
