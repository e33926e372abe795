



























revision = 'fb0167bd9639'
down_revision = '195176fb410d'


def upgrade():
    pass
