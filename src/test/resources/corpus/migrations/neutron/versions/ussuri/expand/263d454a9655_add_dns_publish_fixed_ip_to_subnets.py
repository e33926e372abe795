



























revision = '263d454a9655'
down_revision = 'a010322604bc'


def upgrade():
    pass
