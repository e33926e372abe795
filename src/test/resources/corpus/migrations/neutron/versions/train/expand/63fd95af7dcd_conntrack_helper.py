




























revision = '63fd95af7dcd'
down_revision = '9bfad3f1e780'


def upgrade():
    pass
