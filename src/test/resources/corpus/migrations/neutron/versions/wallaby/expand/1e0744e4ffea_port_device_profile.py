




























revision = '1e0744e4ffea'
down_revision = '26d1e9f5c766'


def upgrade():
    pass
