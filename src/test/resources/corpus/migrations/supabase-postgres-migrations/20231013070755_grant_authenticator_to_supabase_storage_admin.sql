-- migrate:up
GRANT x;
REVOKE x;

-- migrate:down
