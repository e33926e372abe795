

WITH x;
SELECT x;








SELECT x;






DELETE FROM x;



WITH x;
SELECT x;








DELETE FROM x;



UPDATE x;
SET x;
