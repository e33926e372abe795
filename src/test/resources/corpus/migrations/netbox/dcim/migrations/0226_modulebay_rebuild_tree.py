























class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0226_add_mptt_tree_indexes'),
    ]
