




























revision = 'a964d94b4677'
down_revision = 'f010820fc498'


def upgrade():
    pass
