




class Migration(migrations.Migration):
    dependencies = [
        ("order", "0015_orderlinediscount"),
    ]
