DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

ALTER TABLE x;
DROP COLUMN x;

ALTER TABLE x;
DROP COLUMN x;

ALTER TABLE COMMENT x;
DROP COLUMN x;

CREATE VIEW x;
WITH x;
SELECT x;


SELECT x;






SELECT x;






SELECT x;






SELECT x;






SELECT x;


COMMENT x;







SELECT x;



SELECT x;










SELECT x;






CREATE OR REPLACE VIEW x;
WITH x;
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









CREATE VIEW x;
WITH x;
SELECT x;


SELECT x;






SELECT x;






SELECT x;









SELECT x;



















COMMENT x;




SELECT x;




SELECT x;












SELECT x;







CREATE VIEW x;
WITH x;
SELECT x;




COMMENT x;





SELECT x;




COMMENT x;






SELECT x;
