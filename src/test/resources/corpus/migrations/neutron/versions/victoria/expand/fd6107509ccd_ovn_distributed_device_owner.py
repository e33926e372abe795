



























revision = 'fd6107509ccd'
down_revision = 'dfe425060830'





def upgrade():
    pass
