
UPDATE x;

SET x;
