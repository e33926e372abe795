



























revision = '49d8622c5221'
down_revision = '1ea5dab0897a'


def upgrade():
    pass
