"""add proposals.visitor_session_id

Revision ID: 3c4d5e6f7a8b
Revises: '2b3c4d5e6f7a'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3c4d5e6f7a8b'
down_revision = '2b3c4d5e6f7a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("proposals", sa.Column("visitor_session_id", sa.String(64)))


def downgrade():
    pass
