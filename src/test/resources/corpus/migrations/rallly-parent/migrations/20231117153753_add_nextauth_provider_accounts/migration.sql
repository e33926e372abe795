
CREATE TABLE x;

















CREATE UNIQUE INDEX x;
