
UPDATE x;
SET x;
