






class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0192_inventoryitem_status'),
    ]
