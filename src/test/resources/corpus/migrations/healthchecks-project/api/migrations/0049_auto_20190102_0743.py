








class Migration(migrations.Migration):
    dependencies = [("api", "0048_auto_20190102_0737")]
