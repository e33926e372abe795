
ALTER TABLE x;



CREATE TABLE x;








CREATE VIEW x;
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
