


























revision = '26c371498592'
down_revision = '45f955889773'


def upgrade():
    pass
