





class Migration(migrations.Migration):

    dependencies = [
        ("reviews", "0004_auto_20170429_0941"),
    ]
