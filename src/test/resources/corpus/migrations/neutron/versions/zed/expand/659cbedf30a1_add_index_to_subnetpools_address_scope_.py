


























revision = '659cbedf30a1'
down_revision = '4e6e655746f6'


def upgrade():
    pass
