





























revision = '2b42d90729da'
down_revision = '804a3c76314c'










def upgrade():
    pass
