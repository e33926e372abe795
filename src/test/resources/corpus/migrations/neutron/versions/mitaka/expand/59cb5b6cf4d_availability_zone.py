

























revision = '59cb5b6cf4d'
down_revision = '34af2b5c5a59'


def upgrade():
    pass
