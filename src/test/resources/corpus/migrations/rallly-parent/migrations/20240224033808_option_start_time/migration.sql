
ALTER TABLE x;


DO x;



BEGIN x;



UPDATE x;
SET x;


UPDATE x;
SET x;







ALTER TABLE x;
