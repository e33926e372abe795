







ALTER TABLE x;



ALTER TABLE x;



ALTER TABLE x;


DROP VIEW x;

CREATE VIEW x;
SELECT x;





SELECT x;




SELECT x;




SELECT x;


COMMENT x;

SELECT x;








DROP TABLE x;

DROP VIEW x;

CREATE VIEW x;
SELECT x;






















SELECT x;









SELECT x;




COMMENT x;




CREATE TABLE x;
SELECT x;




ALTER TABLE x;



DROP VIEW x;

CREATE VIEW x;
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



CREATE INDEX x;

CREATE INDEX x;

CREATE VIEW x;
SELECT x;









SELECT x;


















SELECT x;










DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

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






CREATE VIEW x;
SELECT x;















CREATE VIEW x;
SELECT x;















CREATE VIEW x;
SELECT x;
















CREATE TABLE x;
SELECT x;




ALTER TABLE x;


CREATE VIEW x;
SELECT x;



SELECT x;









SELECT x;




SELECT x;







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









CREATE OR REPLACE FUNCTION x;



BEGIN x;

DELETE FROM x;


UPDATE x;

SET x;




DELETE FROM x;

INSERT INTO x;
SELECT x;






INSERT INTO x;
SELECT x;






DELETE FROM x;

INSERT INTO x;
SELECT x;






UPDATE x;

SET x;





UPDATE x;

SET x;












CREATE OR REPLACE FUNCTION x;



BEGIN x;

DELETE FROM x;


UPDATE x;

SET x;







DELETE FROM x;

INSERT INTO x;
SELECT x;






INSERT INTO x;
SELECT x;






UPDATE x;

SET x;





DELETE FROM x;

INSERT INTO x;
SELECT x;






UPDATE x;

SET x;








UPDATE x;

SET x;








UPDATE x;

SET x;





UPDATE x;

SET x;
