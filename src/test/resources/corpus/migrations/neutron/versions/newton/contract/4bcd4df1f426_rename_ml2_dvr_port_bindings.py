

























revision = '4bcd4df1f426'
down_revision = '8fd3918ef6f4'






def upgrade():
    pass
