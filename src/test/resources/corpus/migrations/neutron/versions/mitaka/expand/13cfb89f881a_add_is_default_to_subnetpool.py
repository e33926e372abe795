



























revision = '13cfb89f881a'
down_revision = '59cb5b6cf4d'


def upgrade():
    pass
