


















revision = '5abc0278ca73'
down_revision = '45f8dd33480b'


def upgrade():
    pass
