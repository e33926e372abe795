
ALTER TABLE x;
DROP CONSTRAINT IF EXISTS x;


UPDATE x;

SET x;








UPDATE x;

SET x;











UPDATE x;

SET x;








UPDATE x;

SET x;



COMMENT x;




UPDATE x;

SET x;






ALTER TABLE x;
