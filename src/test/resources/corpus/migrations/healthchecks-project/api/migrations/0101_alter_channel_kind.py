




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0100_opsgenie_values"),
    ]
