











class Migration(migrations.Migration):
    dependencies = [
        ('order', '0016_line_allocation_cancelled_line_num_allocated'),
    ]
