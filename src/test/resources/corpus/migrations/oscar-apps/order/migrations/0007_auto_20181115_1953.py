




class Migration(migrations.Migration):

    dependencies = [
        ('order', '0006_orderstatuschange'),
    ]
