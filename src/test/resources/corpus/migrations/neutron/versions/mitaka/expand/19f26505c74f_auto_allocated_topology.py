




























revision = '19f26505c74f'
down_revision = '1df244e556f5'


def upgrade():

    pass
