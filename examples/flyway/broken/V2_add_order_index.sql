CREATE INDEX ix_orders_user ON orders (user_id);
