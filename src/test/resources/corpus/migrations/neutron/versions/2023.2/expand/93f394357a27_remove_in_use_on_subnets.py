



























revision = '93f394357a27'
down_revision = 'fc153938cdc1'


def upgrade():
    pass
