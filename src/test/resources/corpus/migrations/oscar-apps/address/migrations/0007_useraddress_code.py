





class Migration(migrations.Migration):

    dependencies = [
        ("address", "0006_auto_20181115_1953"),
    ]
