

























revision = '15be73214821'
down_revision = '19f26505c74f'


def upgrade():

    pass
