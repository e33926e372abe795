




























revision = 'd72db3e25539'
down_revision = '867d39095bf4'




def upgrade():
    pass
