

































UPDATE x;
SET x;













UPDATE x;
SET x;
















UPDATE x;
SET x;


SELECT x;


SELECT x;
