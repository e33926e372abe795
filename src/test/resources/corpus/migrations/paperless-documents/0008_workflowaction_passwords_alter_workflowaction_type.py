





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0007_sharelinkbundle"),
    ]
