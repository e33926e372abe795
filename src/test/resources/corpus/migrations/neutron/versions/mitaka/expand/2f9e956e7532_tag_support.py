

























revision = '2f9e956e7532'
down_revision = '31ed664953e6'


def upgrade():
    pass
