


























revision = '8675309a5c4f'
down_revision = '313373c0ffee'


def upgrade():
    pass
