CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;






SELECT x;








SELECT x;










CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;






SELECT x;








SELECT x;










CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;


COMMENT x;



SELECT x;



COMMENT x;




SELECT x;


COMMENT x;



SELECT x;



COMMENT x;




SELECT x;



COMMENT x;




SELECT x;


COMMENT x;







SELECT x;


COMMENT x;









CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;








CREATE VIEW x;
SELECT x;


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








CREATE VIEW x;
SELECT x;


SELECT x;






SELECT x;
