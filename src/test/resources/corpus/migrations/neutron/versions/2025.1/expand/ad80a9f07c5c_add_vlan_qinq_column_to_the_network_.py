


























revision = 'ad80a9f07c5c'
down_revision = '5bcb7b31ec7d'





def upgrade():
    pass
