

























revision = '313373c0ffee'
down_revision = '52c5312f6baf'


def upgrade():
    pass
