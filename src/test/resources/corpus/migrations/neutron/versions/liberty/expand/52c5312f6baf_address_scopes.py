






















revision = '52c5312f6baf'
down_revision = '599c6a226151'


def upgrade():
    pass
