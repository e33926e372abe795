


class Migration(migrations.Migration):

    dependencies = [
        ('ipam', '0077_vlangroup_tenant'),
    ]
