





























revision = 'fc153938cdc1'
down_revision = '5881373af7f5'







def upgrade():
    pass
