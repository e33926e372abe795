


class Migration(migrations.Migration):
    dependencies = [("api", "0006_check_grace")]
