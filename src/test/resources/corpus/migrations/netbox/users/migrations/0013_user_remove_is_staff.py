


class Migration(migrations.Migration):

    dependencies = [
        ('users', '0012_drop_django_admin_log_table'),
    ]
