






























revision = '867d39095bf4'
down_revision = '61663558142c'





def upgrade():
    pass
