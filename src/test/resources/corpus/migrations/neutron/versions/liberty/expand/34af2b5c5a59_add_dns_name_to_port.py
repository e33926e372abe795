





























revision = '34af2b5c5a59'
down_revision = '9859ac9c136'





def upgrade():
    pass
