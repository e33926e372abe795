



class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0074_vlantranslationpolicy_vlantranslationrule'),
    ]
