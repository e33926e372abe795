


class Migration(migrations.Migration):

    dependencies = [
        ('tenancy', '0018_contact_groups'),
    ]
