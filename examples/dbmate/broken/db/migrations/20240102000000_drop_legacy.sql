-- migrate:up
DROP SCHEMA legacy CASCADE;

-- migrate:down
