


























revision = '6135a7bd4425'
down_revision = '1e0744e4ffea'





def upgrade():
    pass
