










class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0099_cachedvalue_ordering'),
        ('virtualization', '0037_protect_child_interfaces'),
    ]
