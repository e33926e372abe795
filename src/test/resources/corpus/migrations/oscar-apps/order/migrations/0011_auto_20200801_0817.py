




class Migration(migrations.Migration):

    dependencies = [
        ('order', '0010_auto_20200724_0909'),
    ]
