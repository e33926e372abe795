from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.AddField("product", "price", models.IntegerField(default=0)),
    ]
