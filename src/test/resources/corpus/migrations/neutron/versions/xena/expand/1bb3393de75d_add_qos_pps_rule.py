































revision = '1bb3393de75d'
down_revision = '8df53b0d2c0e'










def upgrade():
    pass
