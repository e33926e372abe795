DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP MATERIALIZED VIEW x;

DROP VIEW x;


CREATE VIEW x;
SELECT x;


SELECT x;





SELECT x;






SELECT x;









SELECT x;






SELECT x;



















COMMENT x;




CREATE MATERIALIZED VIEW x;
SELECT x;




CREATE UNIQUE INDEX x;

CREATE VIEW x;
WITH x;
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








CREATE VIEW x;
WITH x;
SELECT x;




COMMENT x;





SELECT x;




COMMENT x;






SELECT x;









CREATE VIEW x;
SELECT x;





























CREATE VIEW x;
WITH x;
SELECT x;




SELECT x;






















SELECT x;














SELECT x;
