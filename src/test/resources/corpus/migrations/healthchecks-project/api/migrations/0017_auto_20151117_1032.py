


class Migration(migrations.Migration):
    dependencies = [("api", "0016_auto_20151030_1107")]
