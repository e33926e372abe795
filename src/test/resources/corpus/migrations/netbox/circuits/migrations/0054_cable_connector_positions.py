




class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0053_owner'),
    ]
