


























revision = 'e981acd076d3'
down_revision = 'ba859d649675'


def upgrade():
    pass
