



























revision = '45f955889773'
down_revision = '8675309a5c4f'


def upgrade():
    pass
