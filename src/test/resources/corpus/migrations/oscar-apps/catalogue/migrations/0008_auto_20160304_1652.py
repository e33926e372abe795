







class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0007_auto_20151207_1440'),
    ]
