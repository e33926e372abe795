




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0075_auto_20200805_1004"),
    ]
