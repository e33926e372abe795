

























revision = 'ec7fcfbf72ee'
down_revision = '32e5974ada25'


def upgrade():
    pass
