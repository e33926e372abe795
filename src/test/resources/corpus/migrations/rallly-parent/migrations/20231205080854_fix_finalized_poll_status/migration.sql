




UPDATE x;
SET x;
