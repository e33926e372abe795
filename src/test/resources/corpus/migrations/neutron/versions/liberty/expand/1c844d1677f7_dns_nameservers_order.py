


























revision = '1c844d1677f7'
down_revision = '26c371498592'


def upgrade():
    pass
