


























revision = '804a3c76314c'
down_revision = 'a9c43481023c'


def upgrade():
    pass
