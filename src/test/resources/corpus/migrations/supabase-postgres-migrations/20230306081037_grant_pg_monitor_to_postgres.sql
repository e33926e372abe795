-- migrate:up
GRANT x;

-- migrate:down
