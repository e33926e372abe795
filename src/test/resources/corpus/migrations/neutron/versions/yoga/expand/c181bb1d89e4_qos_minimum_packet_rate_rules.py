





























revision = 'c181bb1d89e4'
down_revision = '1bb3393de75d'


def upgrade():
    pass
