

























revision = '929c968efe70'
down_revision = '5cd92597d11d'


def upgrade():
    pass
