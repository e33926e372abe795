


class Migration(migrations.Migration):
    dependencies = [("api", "0018_remove_ping_body")]
