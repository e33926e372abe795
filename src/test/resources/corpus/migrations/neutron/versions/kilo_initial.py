
































revision = 'kilo'
down_revision = None


def upgrade():
    pass
