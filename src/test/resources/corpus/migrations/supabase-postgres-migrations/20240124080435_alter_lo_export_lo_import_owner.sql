-- migrate:up
ALTER FUNCTION x;
ALTER FUNCTION x;
ALTER FUNCTION x;

-- migrate:down
