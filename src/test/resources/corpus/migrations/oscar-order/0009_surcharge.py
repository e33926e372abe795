









class Migration(migrations.Migration):

    dependencies = [
        ('order', '0008_auto_20190301_1035'),
    ]

    replaces=[
        ("order", "0008_surcharge"),
    ]
