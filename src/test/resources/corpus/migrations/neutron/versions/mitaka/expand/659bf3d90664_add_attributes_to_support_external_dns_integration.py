



























revision = '659bf3d90664'
down_revision = 'c3a73f615e4'


def upgrade():
    pass
