

























revision = '32e5974ada25'
down_revision = '13cfb89f881a'






def upgrade():
    pass
