CREATE TABLE x;











INSERT INTO x;























DROP INDEX x;
DROP TABLE x;
ALTER TABLE x;

CREATE UNIQUE INDEX x;
