



























revision = 'a00aa97899c0'
down_revision = 'bdae3a00c493'


def upgrade():
    pass
