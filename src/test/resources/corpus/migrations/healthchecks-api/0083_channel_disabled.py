




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0082_fill_last_notify"),
    ]
