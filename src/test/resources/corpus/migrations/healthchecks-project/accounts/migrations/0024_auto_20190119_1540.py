




class Migration(migrations.Migration):
    dependencies = [("accounts", "0023_auto_20190117_1419")]
