CREATE TABLE x;













CREATE INDEX x;

UPDATE x;
SET x;
