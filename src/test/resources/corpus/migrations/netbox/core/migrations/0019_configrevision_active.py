



























class Migration(migrations.Migration):

    dependencies = [
        ('core', '0018_concrete_objecttype'),
    ]
