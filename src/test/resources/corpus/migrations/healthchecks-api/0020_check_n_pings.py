




class Migration(migrations.Migration):
    dependencies = [("api", "0019_check_tags")]
