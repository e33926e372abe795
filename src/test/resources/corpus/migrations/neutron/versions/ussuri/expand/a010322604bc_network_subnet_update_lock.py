



























revision = 'a010322604bc'
down_revision = 'f4b9654dd40c'


def upgrade():
    pass
