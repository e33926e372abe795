







































class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0205_moduletypeprofile'),
    ]
