

























revision = 'd3435b514502'
down_revision = '5abc0278ca73'


def upgrade():
    pass
