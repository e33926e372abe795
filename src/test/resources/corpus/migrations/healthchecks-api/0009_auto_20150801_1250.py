


class Migration(migrations.Migration):
    dependencies = [("api", "0008_auto_20150801_1213")]
