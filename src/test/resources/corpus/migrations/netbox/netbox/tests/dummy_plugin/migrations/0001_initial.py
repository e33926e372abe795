


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]
