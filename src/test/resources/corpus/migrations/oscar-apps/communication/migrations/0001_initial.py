













class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('catalogue', '0013_auto_20170821_1548'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('customer', '0005_auto_20181115_1953'),
    ]
