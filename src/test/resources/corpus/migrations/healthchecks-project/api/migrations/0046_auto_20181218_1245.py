




class Migration(migrations.Migration):
    dependencies = [("api", "0045_flip")]
