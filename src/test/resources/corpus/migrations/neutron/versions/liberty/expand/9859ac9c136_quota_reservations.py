


























revision = '9859ac9c136'
down_revision = '48153cb5f051'


def upgrade():
    pass
