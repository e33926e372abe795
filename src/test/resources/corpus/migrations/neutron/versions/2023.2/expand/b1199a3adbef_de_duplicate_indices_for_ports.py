


























revision = 'b1199a3adbef'
down_revision = '0aefee21cd87'





def upgrade():
    pass
