




class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0010_gfk_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
