







UPDATE x;
SET x;



ALTER TABLE x;


UPDATE x;
SET x;



ALTER TABLE x;
