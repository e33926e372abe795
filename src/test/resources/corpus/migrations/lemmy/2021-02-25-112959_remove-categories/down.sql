CREATE TABLE x;




INSERT INTO x;




























ALTER TABLE x;



ALTER TABLE x;
ALTER COLUMN x;

CREATE INDEX x;
