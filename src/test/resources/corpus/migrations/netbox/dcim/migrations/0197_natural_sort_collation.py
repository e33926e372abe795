



class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0196_qinq_svlan'),
    ]
