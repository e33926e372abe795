




class Migration(migrations.Migration):
    dependencies = [("api", "0026_auto_20160415_1824")]
