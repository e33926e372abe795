





























revision = 'a9c43481023c'
down_revision = '929c968efe70'






def upgrade():
    pass
