





























revision = '9bfad3f1e780'
down_revision = '0ff9e3881597'





def upgrade():
    pass
