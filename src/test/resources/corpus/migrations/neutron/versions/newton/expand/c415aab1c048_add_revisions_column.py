

























revision = 'c415aab1c048'
down_revision = '30107ab6a3ee'


def upgrade():
    pass
