


class Migration(migrations.Migration):
    dependencies = [("api", "0012_auto_20150930_1922")]
