




















revision = '5cd92597d11d'
down_revision = '6b461a21bcfc'






def upgrade():
    pass
