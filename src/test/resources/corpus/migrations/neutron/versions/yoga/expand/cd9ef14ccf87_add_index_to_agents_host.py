


























revision = 'cd9ef14ccf87'
down_revision = '1ffef8d6f371'






def upgrade():
    pass
