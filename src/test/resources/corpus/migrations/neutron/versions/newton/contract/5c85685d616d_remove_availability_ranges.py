























revision = '5c85685d616d'
down_revision = '2e0d7a8a1586'





def upgrade():
    pass
