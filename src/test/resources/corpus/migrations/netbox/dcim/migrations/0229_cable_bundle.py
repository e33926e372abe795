







class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0228_rack_group'),
        ('extras', '0134_owner'),
        ('users', '0015_owner'),
    ]
