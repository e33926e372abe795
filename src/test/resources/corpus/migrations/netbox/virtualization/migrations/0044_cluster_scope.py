



















class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('virtualization', '0043_qinq_svlan'),
    ]
