


























revision = '8df53b0d2c0e'
down_revision = '6135a7bd4425'




def upgrade():
    pass
