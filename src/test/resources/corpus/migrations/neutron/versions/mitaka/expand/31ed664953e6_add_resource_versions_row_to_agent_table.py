


























revision = '31ed664953e6'
down_revision = '15e43b934f81'


def upgrade():
    pass
