


























revision = 'a5648cfeeadf'
down_revision = '030a959ceafa'


def upgrade():
    pass
