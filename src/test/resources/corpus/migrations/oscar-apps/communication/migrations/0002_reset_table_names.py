




class Migration(migrations.Migration):



    dependencies = [
        ('communication', '0001_initial'),
        ('order', '0008_auto_20190301_1035'),
    ]
