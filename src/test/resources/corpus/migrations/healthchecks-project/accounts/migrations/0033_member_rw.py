




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0032_auto_20200819_0757"),
    ]
