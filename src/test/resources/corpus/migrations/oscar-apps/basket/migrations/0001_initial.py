









class Migration(migrations.Migration):

    dependencies = [
    ]
