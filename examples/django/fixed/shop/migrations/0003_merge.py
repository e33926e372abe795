from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0002_product_price"),
        ("shop", "0002_product_stock"),
    ]

    operations = []
