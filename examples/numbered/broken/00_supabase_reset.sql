-- Local development only: start from an empty database.
DROP SCHEMA public CASCADE;
CREATE SCHEMA public;
