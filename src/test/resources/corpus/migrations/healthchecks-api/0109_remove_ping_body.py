




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0108_move_body_to_body_raw"),
    ]
