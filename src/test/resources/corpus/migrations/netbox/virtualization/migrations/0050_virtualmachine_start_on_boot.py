




class Migration(migrations.Migration):

    dependencies = [
        ('virtualization', '0049_owner'),
    ]
