CREATE TABLE x;






















CREATE INDEX x;
CREATE INDEX x;

ALTER TABLE x;
