




















revision = 'c879c5e1ee90'
down_revision = '89ab9a816d70'


def upgrade():
    pass
