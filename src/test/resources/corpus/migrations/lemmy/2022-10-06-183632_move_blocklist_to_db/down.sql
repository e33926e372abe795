
ALTER TABLE x;















UPDATE x;

SET x;
















SELECT x;






















ALTER TABLE x;
DROP COLUMN x;

ALTER TABLE x;
DROP COLUMN x;

ALTER TABLE x;
DROP COLUMN x;

DROP TABLE x;

DROP TABLE x;

DROP TABLE x;

DROP TABLE x;

DROP TABLE x;
