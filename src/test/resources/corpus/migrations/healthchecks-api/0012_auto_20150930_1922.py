


class Migration(migrations.Migration):
    dependencies = [("api", "0011_notification")]
