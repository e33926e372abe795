


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
