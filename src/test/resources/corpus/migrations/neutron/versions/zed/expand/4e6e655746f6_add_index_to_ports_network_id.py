


























revision = '4e6e655746f6'
down_revision = 'I43e0b669096'


def upgrade():
    pass
