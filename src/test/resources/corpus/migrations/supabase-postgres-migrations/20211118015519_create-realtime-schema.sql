-- migrate:up


CREATE SCHEMA IF NOT EXISTS x;

-- migrate:down
