


class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0087_add_asn_role'),
    ]
