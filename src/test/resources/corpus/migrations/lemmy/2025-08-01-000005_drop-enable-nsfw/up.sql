
UPDATE x;

SET x;













ALTER TABLE x;
DROP x;
