DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP TABLE x;

DROP VIEW x;

CREATE VIEW x;
SELECT x;



















COMMENT x;







SELECT x;



















CREATE OR REPLACE VIEW x;
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








CREATE VIEW x;
SELECT x;






























SELECT x;






SELECT x;











CREATE VIEW x;
SELECT x;




























SELECT x;








SELECT x;






SELECT x;








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









DROP VIEW x;

DROP TABLE x;

DROP VIEW x;

DROP VIEW x;

CREATE VIEW x;
SELECT x;







































SELECT x;




COMMENT x;



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









CREATE INDEX x;
