


























revision = '21ff98fabab1'
down_revision = '659cbedf30a1'


def upgrade():
    pass
