


























revision = '1ea5dab0897a'
down_revision = 'fd6107509ccd'


def upgrade():
    pass
