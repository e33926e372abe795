DROP VIEW x;

DROP VIEW x;

ALTER TABLE x;
DROP COLUMN x;

DROP TABLE x;

CREATE VIEW x;
WITH x;
SELECT x;


SELECT x;






SELECT x;







SELECT x;






SELECT x;






SELECT x;






SELECT x;






SELECT x;






SELECT x;


COMMENT x;

COMMENT x;




















SELECT x;




SELECT x;







SELECT x;







SELECT x;












SELECT x;
