




class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0135_configtemplate_debug'),
    ]
