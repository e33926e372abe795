





























revision = '594422d373ee'
down_revision = '7d32f979895f'





def upgrade():
    pass
