


























revision = '1b4c6e320f79'
down_revision = '1c844d1677f7'


def upgrade():
    pass
