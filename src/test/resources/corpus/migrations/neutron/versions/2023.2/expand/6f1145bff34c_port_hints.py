




























revision = '6f1145bff34c'
down_revision = '93f394357a27'


def upgrade():
    pass
