
DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP TABLE x;

CREATE VIEW x;
SELECT x;































SELECT x;









SELECT x;







CREATE VIEW x;
SELECT x;






SELECT x;







SELECT x;







CREATE TABLE x;
SELECT x;




ALTER TABLE x;


CREATE VIEW x;
SELECT x;



SELECT x;









SELECT x;




SELECT x;
