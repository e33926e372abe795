






class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0093_alter_prefix__region_alter_prefix__site_group'),
    ]
