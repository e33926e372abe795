



























revision = 'cada2437bf41'
down_revision = 'd72db3e25539'


def upgrade():
    pass
