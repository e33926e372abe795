-- migrate:up

ALTER ROLE x;
ALTER ROLE x;
ALTER ROLE x;

GRANT x;

-- migrate:down
