



class Migration(migrations.Migration):
    dependencies = [
        ('tenancy', '0020_remove_contactgroupmembership'),
        ('users', '0015_owner'),
    ]
