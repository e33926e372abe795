


























revision = '62c781cb6192'
down_revision = '2b42d90729da'


def upgrade():
    pass
