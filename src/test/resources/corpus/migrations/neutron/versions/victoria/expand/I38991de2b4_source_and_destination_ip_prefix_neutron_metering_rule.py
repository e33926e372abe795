



























revision = 'I38991de2b4'
down_revision = '49d8622c5221'







def upgrade():
    pass
