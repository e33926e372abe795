CREATE TABLE conversions (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER REFERENCES proposals (id),
  amount_cents INTEGER NOT NULL
);
CREATE INDEX ix_conversions_proposal_id ON conversions (proposal_id);
