





























revision = '195176fb410d'
down_revision = 'cada2437bf41'


def upgrade():
    pass
