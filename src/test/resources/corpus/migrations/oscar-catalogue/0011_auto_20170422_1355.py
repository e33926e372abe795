






class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0010_auto_20170420_0439'),
    ]
