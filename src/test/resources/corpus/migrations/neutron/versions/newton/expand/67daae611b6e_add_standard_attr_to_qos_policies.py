
























revision = '67daae611b6e'
down_revision = '0f5bef0f87d4'





def upgrade():
    pass
