



























revision = '2217c4222de6'
down_revision = 'Ibac91d24da2'


def upgrade():
    pass
