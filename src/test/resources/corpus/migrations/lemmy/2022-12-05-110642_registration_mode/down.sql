
ALTER TABLE x;


ALTER TABLE x;



WITH x;
SELECT x;








UPDATE x;

SET x;




WITH x;
SELECT x;








UPDATE x;

SET x;





ALTER TABLE x;
DROP COLUMN x;

DROP TYPE x;
