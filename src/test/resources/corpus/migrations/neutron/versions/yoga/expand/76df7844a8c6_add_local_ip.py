




























revision = '76df7844a8c6'
down_revision = 'e981acd076d3'


def upgrade():
    pass
