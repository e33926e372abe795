




class Migration(migrations.Migration):
    dependencies = [
        ('users', '0014_users_token_v2'),
    ]
