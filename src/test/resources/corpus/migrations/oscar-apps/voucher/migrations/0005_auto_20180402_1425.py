





class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0004_auto_20180228_0940'),
    ]
