




class Migration(migrations.Migration):

    dependencies = [
        ("order", "0017_set_num_allocated_to_quantity"),
    ]
