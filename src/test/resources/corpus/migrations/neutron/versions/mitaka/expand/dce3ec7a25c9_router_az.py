

























revision = 'dce3ec7a25c9'
down_revision = 'ec7fcfbf72ee'


def upgrade():
    pass
