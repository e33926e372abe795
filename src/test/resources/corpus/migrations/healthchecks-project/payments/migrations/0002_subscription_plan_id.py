


class Migration(migrations.Migration):
    dependencies = [("payments", "0001_initial")]
