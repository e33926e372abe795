
ALTER TABLE x;


ALTER TABLE x;
ALTER COLUMN x;


INSERT INTO x;



















SELECT x;





















DROP TABLE x;


CREATE UNIQUE INDEX x;


ALTER TABLE x;
