































revision = '5bcb7b31ec7d'
down_revision = '175fa80908e1'





def upgrade():
    pass
