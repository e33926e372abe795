
DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;


CREATE VIEW x;
SELECT x;







SELECT x;






SELECT x;








SELECT x;


COMMENT x;



SELECT x;


COMMENT x;









DROP VIEW x;

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










DROP VIEW x;

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









CREATE VIEW x;
SELECT x;





























DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;








CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;








CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;








CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;




SELECT x;




SELECT x;


COMMENT x;

SELECT x;






ALTER TABLE x;

ALTER TABLE x;
ALTER COLUMN x;
