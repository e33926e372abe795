






DROP TABLE x;


CREATE TABLE x;

















CREATE INDEX x;


CREATE UNIQUE INDEX x;
