


























revision = '3894bccad37f'
down_revision = '2f9e956e7532'


def upgrade():
    pass
