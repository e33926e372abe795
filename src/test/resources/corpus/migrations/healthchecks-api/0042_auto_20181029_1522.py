




class Migration(migrations.Migration):
    dependencies = [("api", "0041_check_desc")]
