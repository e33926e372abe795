



class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0074_vlantranslationpolicy_vlantranslationrule'),
        ('virtualization', '0041_charfield_null_choices'),
    ]
