


class Migration(migrations.Migration):
    dependencies = [("api", "0010_channel")]
