
DROP VIEW x;

CREATE VIEW x;
SELECT x;









SELECT x;






SELECT x;








SELECT x;


COMMENT x;



SELECT x;


COMMENT x;
