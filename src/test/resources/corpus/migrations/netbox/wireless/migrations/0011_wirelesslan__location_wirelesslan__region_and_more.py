





class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('dcim', '0196_qinq_svlan'),
        ('wireless', '0010_charfield_null_choices'),
    ]
