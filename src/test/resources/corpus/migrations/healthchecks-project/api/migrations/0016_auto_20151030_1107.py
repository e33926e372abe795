


class Migration(migrations.Migration):
    dependencies = [("api", "0015_auto_20151022_1008")]
