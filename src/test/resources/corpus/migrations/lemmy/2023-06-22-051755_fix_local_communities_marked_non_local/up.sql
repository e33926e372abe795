UPDATE x;

SET x;
