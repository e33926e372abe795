
CREATE OR REPLACE FUNCTION x;


BEGIN x;






CREATE VIEW x;
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
