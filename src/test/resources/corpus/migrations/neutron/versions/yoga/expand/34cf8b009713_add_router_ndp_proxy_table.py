






























revision = '34cf8b009713'
down_revision = 'cd9ef14ccf87'





def upgrade():
    pass
