




class Migration(migrations.Migration):
    dependencies = [("api", "0037_auto_20180127_1215")]
