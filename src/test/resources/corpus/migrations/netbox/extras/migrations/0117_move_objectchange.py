




























class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0116_custom_link_button_color'),
        ('core', '0011_move_objectchange'),
    ]
