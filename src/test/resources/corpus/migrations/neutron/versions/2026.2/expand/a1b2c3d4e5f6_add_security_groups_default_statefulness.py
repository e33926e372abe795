





























revision = 'a1b2c3d4e5f6'
down_revision = 'a00aa97899c0'


def upgrade():
    pass
