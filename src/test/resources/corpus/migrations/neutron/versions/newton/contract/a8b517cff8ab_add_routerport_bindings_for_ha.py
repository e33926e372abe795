

























revision = 'a8b517cff8ab'
down_revision = '7d9d8eeec6ad'






def upgrade():
    pass
