


























revision = '18a7e90ae768'
down_revision = '2217c4222de6'


def upgrade():
    pass
