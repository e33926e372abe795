-- migrate:up
CREATE SCHEMA audit;

-- migrate:down
DROP SCHEMA audit CASCADE;
