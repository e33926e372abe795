






class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0099_cachedvalue_ordering'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('tenancy', '0012_contactassignment_custom_fields'),
        ('ipam', '0068_move_l2vpn'),
        ('vpn', '0001_initial'),
    ]
