
DROP VIEW x;


CREATE VIEW x;
WITH x;
SELECT x;




COMMENT x;





SELECT x;




COMMENT x;






SELECT x;
