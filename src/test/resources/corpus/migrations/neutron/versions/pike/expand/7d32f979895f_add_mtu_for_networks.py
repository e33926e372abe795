























revision = '7d32f979895f'
down_revision = '349b6fd605a6'




def upgrade():
    pass
