-- migrate:up
REVOKE x;

-- migrate:down
