




























revision = '2e5352a0ad4d'
down_revision = '30018084ec99'
depends_on = ('313373c0ffee',)





def upgrade():
    pass
