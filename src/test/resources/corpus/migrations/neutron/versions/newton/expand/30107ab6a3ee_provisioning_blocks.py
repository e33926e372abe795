


























revision = '30107ab6a3ee'
down_revision = 'd3435b514502'


def upgrade():
    pass
