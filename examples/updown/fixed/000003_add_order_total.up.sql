ALTER TABLE orders ADD COLUMN total_cents BIGINT;
