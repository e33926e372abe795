


UPDATE x;
