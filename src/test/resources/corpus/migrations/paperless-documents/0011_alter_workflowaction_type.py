





class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0010_optimize_integer_field_sizes"),
    ]
