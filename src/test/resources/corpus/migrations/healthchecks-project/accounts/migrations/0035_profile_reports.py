




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0034_credential"),
    ]
