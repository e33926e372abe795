























revision = '89ab9a816d70'
down_revision = '7bbb25278f53'







def upgrade():
    pass
