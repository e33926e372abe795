


























revision = '682c319773d7'
down_revision = '6f1145bff34c'






def upgrade():
    pass
