




























revision = '0e6eff810791'
down_revision = '89c58a70ceba'





def upgrade():
    pass
