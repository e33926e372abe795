




class Migration(migrations.Migration):

    dependencies = [
        ("order", "0018_alter_line_num_allocated"),
    ]
