














class Migration(migrations.Migration):
    dependencies = [("api", "0047_auto_20181225_2315")]
