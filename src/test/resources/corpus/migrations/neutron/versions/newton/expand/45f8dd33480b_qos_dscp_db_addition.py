


























revision = '45f8dd33480b'
down_revision = '0e66c5227a8a'


def upgrade():

    pass
