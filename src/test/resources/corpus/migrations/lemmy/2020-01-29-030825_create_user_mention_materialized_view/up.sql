CREATE VIEW x;
WITH x;
SELECT x;




SELECT x;






















SELECT x;














SELECT x;
