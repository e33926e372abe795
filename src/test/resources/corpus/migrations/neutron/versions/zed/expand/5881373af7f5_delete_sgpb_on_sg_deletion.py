




























revision = '5881373af7f5'
down_revision = '21ff98fabab1'







def upgrade():
    pass
