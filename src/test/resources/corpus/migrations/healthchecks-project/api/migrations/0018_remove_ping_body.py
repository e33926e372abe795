


class Migration(migrations.Migration):
    dependencies = [("api", "0017_auto_20151117_1032")]
