




























revision = '0e66c5227a8a'
down_revision = '3894bccad37f'




def upgrade():
    pass
