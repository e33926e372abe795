






class Migration(migrations.Migration):
    dependencies = [("accounts", "0011_profile_sort")]
