










class Migration(migrations.Migration):
    dependencies = [
        ("order", "0014_tax_code"),
    ]
