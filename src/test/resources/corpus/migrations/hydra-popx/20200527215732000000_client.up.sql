

UPDATE x;
