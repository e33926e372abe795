


ALTER TABLE x;


UPDATE x;

SET x;
