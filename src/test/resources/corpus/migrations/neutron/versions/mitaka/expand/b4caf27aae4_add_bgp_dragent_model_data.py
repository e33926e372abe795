


























revision = 'b4caf27aae4'
down_revision = '15be73214821'


def upgrade():

    pass
