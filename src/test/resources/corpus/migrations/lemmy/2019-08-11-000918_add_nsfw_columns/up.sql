ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;



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


COMMENT x;

COMMENT x;




















SELECT x;




SELECT x;







SELECT x;







SELECT x;












SELECT x;
