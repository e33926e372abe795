




class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_squashed"),
    ]
