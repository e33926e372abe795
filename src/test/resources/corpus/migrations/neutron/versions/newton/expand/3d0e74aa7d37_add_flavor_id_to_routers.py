


























revision = '3d0e74aa7d37'
down_revision = 'a963b38d82f4'


def upgrade():
    pass
