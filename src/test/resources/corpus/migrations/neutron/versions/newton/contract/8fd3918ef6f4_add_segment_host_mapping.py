


























revision = '8fd3918ef6f4'
down_revision = 'c879c5e1ee90'


def upgrade():
    pass
