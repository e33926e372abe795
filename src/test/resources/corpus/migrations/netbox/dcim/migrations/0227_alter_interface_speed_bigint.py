


class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0226_modulebay_rebuild_tree'),
    ]
