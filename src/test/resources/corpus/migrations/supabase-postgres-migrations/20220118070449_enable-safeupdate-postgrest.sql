-- migrate:up
ALTER ROLE x;

-- migrate:down
