



























revision = '0f5bef0f87d4'
down_revision = 'a5648cfeeadf'


def upgrade():
    pass
