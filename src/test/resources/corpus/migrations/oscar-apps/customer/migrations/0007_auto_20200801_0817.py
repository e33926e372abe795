




class Migration(migrations.Migration):

    dependencies = [
        ('customer', '0006_auto_20190430_1736'),
    ]
