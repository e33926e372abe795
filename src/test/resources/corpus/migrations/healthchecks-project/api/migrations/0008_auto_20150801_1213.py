


class Migration(migrations.Migration):
    dependencies = [("api", "0007_ping")]
