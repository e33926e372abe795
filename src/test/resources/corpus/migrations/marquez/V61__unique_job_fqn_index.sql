WITH x;
SELECT x;










UPDATE x;

SELECT x;







WITH x;
SELECT x;











UPDATE x;

SELECT x;






ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;

WITH x;






SELECT x;




UPDATE x;



ALTER TABLE x;

ALTER TABLE x;
ALTER TABLE x;
