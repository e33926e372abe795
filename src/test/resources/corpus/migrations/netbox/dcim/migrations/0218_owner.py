



class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0217_poweroutlettemplate_color'),
        ('users', '0015_owner'),
    ]
