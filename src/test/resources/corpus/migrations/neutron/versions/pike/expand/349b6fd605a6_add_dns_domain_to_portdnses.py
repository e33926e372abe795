



























revision = '349b6fd605a6'
down_revision = 'c8c222d42aa9'


def upgrade():
    pass
