"""reset dev data

Revision ID: 8b9c0d1e2f3a
Revises: '9c0d1e2f3a4b'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8b9c0d1e2f3a'
down_revision = '9c0d1e2f3a4b'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DROP SCHEMA public CASCADE")


def downgrade():
    pass
