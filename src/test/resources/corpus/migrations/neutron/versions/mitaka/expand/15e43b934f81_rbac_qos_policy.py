


























revision = '15e43b934f81'
down_revision = 'b4caf27aae4'


def upgrade():
    pass
