


class Migration(migrations.Migration):
    dependencies = [
        ('vpn', '0004_alter_ikepolicy_mode'),
    ]
