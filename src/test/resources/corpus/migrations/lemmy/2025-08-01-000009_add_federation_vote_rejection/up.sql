


CREATE TYPE x;






ALTER TABLE x;






WITH x;
SELECT x;








UPDATE x;

SET x;






ALTER TABLE x;
DROP COLUMN x;
