


DO x;
BEGIN x;

SELECT x;

SELECT x;








SELECT x;








SELECT x;








SELECT x;


COMMENT x;




SELECT x;







SELECT x;
