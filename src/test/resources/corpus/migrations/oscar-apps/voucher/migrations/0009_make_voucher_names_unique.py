























class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0008_auto_20200801_0817'),
    ]
