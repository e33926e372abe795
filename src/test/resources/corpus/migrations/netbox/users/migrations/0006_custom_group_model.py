


















class Migration(migrations.Migration):
    dependencies = [
        ('users', '0005_alter_user_table'),
    ]
