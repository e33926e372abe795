"""cycle with 8b9c

Revision ID: 9c0d1e2f3a4b
Revises: '8b9c0d1e2f3a'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9c0d1e2f3a4b'
down_revision = '8b9c0d1e2f3a'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
