






class Migration(migrations.Migration):
    dependencies = [("accounts", "0025_remove_member_team")]
