
CREATE OR REPLACE FUNCTION x;



BEGIN x;

DELETE FROM x;


UPDATE x;

SET x;




DELETE FROM x;

INSERT INTO x;
SELECT x;






DO x;

INSERT INTO x;
SELECT x;






DELETE FROM x;

INSERT INTO x;
SELECT x;






DO x;

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






DO x;

INSERT INTO x;
SELECT x;






UPDATE x;

SET x;





DELETE FROM x;

INSERT INTO x;
SELECT x;






DO x;

UPDATE x;

SET x;








UPDATE x;

SET x;








UPDATE x;

SET x;





UPDATE x;

SET x;
