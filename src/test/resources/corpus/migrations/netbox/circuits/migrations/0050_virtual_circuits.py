







class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0049_natural_ordering'),
        ('dcim', '0196_qinq_svlan'),
        ('extras', '0122_charfield_null_choices'),
        ('tenancy', '0016_charfield_null_choices'),
    ]
