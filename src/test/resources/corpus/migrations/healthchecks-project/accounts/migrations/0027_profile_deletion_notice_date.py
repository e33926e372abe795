




class Migration(migrations.Migration):
    dependencies = [("accounts", "0026_auto_20190204_2042")]
