



























revision = 'bdae3a00c493'
down_revision = 'b1bca967e19d'


def upgrade():
    pass
