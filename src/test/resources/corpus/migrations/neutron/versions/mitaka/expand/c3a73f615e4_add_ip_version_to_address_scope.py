

























revision = 'c3a73f615e4'
down_revision = 'dce3ec7a25c9'


def upgrade():
    pass
