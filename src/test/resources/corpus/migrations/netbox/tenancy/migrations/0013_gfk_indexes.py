




class Migration(migrations.Migration):
    dependencies = [
        ('tenancy', '0012_contactassignment_custom_fields'),
    ]
