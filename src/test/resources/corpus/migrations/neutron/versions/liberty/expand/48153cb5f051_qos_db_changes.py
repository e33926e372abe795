


























revision = '48153cb5f051'
down_revision = '1b4c6e320f79'


def upgrade():
    pass
