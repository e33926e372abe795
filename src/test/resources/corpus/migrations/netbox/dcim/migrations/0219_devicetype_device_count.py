



































class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0218_owner'),
    ]
