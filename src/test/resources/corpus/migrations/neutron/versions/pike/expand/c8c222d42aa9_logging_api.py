




























revision = 'c8c222d42aa9'
down_revision = '62c781cb6192'


def upgrade():

    pass
