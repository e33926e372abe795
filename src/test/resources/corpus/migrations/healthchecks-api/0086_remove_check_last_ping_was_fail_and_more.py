





class Migration(migrations.Migration):
    dependencies = [
        ("api", "0085_ping_object_size"),
    ]
