




class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0030_auto_20250217_1247"),
    ]
