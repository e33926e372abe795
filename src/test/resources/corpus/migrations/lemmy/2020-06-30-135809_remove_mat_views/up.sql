
DROP VIEW x;

DROP MATERIALIZED VIEW x;

DROP VIEW x;

DROP MATERIALIZED VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP MATERIALIZED VIEW x;

DROP MATERIALIZED VIEW x;

DROP MATERIALIZED VIEW x;

DROP TRIGGER x;


DROP VIEW x;

CREATE VIEW x;
SELECT x;




















SELECT x;









SELECT x;




COMMENT x;




CREATE TABLE x;
SELECT x;




ALTER TABLE x;


DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;







CREATE OR REPLACE FUNCTION x;



BEGIN x;

DELETE FROM x;


DELETE FROM x;

INSERT INTO x;
SELECT x;






DELETE FROM x;

INSERT INTO x;
SELECT x;





DELETE FROM x;

INSERT INTO x;
SELECT x;






INSERT INTO x;
SELECT x;












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

CREATE VIEW x;
SELECT x;









SELECT x;


















SELECT x;









DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;









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













DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

DROP VIEW x;

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






DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;









CREATE OR REPLACE FUNCTION x;



BEGIN x;

DELETE FROM x;


DELETE FROM x;

INSERT INTO x;
SELECT x;






DELETE FROM x;

INSERT INTO x;
SELECT x;






DELETE FROM x;

INSERT INTO x;
SELECT x;







INSERT INTO x;
SELECT x;











DROP VIEW x;

DROP VIEW x;

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
WITH x;
SELECT x;




COMMENT x;





SELECT x;




COMMENT x;






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









DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;









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




















CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;


















UPDATE x;

SET x;






















DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;









CREATE OR REPLACE FUNCTION x;



BEGIN x;


UPDATE x;

SET x;


















UPDATE x;

SET x;






















DROP TRIGGER x;

CREATE TRIGGER x;


EXECUTE PROCEDURE x;


DROP TRIGGER x;

CREATE TRIGGER x;



EXECUTE PROCEDURE x;










CREATE OR REPLACE FUNCTION x;



BEGIN x;


UPDATE x;

SET x;




UPDATE x;

SET x;





UPDATE x;

SET x;




UPDATE x;

SET x;










DROP TRIGGER x;

CREATE TRIGGER x;



EXECUTE PROCEDURE x;

CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;




UPDATE x;

SET x;
