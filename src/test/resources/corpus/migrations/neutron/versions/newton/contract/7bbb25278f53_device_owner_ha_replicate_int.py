



























revision = '7bbb25278f53'
down_revision = '4ffceebfcdc'







def upgrade():
    pass
