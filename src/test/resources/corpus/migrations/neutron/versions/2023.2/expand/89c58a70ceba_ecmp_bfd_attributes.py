





























revision = '89c58a70ceba'
down_revision = 'c33da356b165'





def upgrade():
    pass
