





























revision = '532aa95457e2'
down_revision = 'I38991de2b4'


def upgrade():
    pass
