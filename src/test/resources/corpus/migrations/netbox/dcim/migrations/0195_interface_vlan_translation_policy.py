





class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0194_charfield_null_choices'),
        ('ipam', '0074_vlantranslationpolicy_vlantranslationrule'),
    ]
