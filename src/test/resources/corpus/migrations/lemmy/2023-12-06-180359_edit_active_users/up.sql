
CREATE OR REPLACE FUNCTION x;





BEGIN x;

SELECT x;



SELECT x;



COMMENT x;






SELECT x;









SELECT x;










SELECT x;















CREATE OR REPLACE FUNCTION x;





BEGIN x;
SELECT x;


SELECT x;


COMMENT x;






SELECT x;









SELECT x;









SELECT x;
